package org.cryows.ui.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load, printed beside every figure: wall times on a shared machine grow with it. */
final class MachineLoad {
  private MachineLoad() {}

  /** "2 processors, load average 1.23 0.98 0.75" (1, 5 and 15 minutes). */
  static String describe() {
    String load;
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load = fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      load = "unknown (" + e.getMessage() + ")";
    }
    return Runtime.getRuntime().availableProcessors() + " processors, load average " + load;
  }
}
