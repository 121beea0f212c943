package org.cryows.planner.bench;

import java.lang.management.ManagementFactory;

/** The line every thermal benchmark prints about the machine it ran on. */
final class MachineLine {

  private MachineLine() {}

  /** Processors and the load average now: wall times on a shared machine grow with the load. */
  static String describe() {
    return String.format(
        "machine: %d processors, load average %.2f (wall times grow with the load)",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
