package org.cryows.probecontrol.simulator;

/**
 * The console's hardware watchdog, independent of its firmware: the firmware's main loop kicks it
 * on every pass; if the kicks stop (a hung firmware) it cuts the valves' power and opens the vent,
 * early enough that both valves are closed {@link FirmwareSafety#HEARTBEAT_DEADLINE_MS} after the
 * last kick. Each kick may also bring the deadline forward (a windowed watchdog): the firmware
 * passes the moment its own heartbeat watchdog would trip, so a firmware that hangs just before
 * that moment cannot stretch the workstation's 500 ms deadline.
 */
final class HardwareWatchdog {
  static final long TIMEOUT_MS = FirmwareSafety.HEARTBEAT_TRIP_MS;

  private long deadlineMs = TIMEOUT_MS;
  private boolean fired;

  /**
   * The firmware is alive at {@code nowMs}; the watchdog fires by {@code latestMs} at the latest.
   */
  void kick(long nowMs, long latestMs) {
    deadlineMs = Math.min(nowMs + TIMEOUT_MS, latestMs);
  }

  long deadlineMs() {
    return deadlineMs;
  }

  /** Cuts the valves if the firmware has been silent too long; true when it has fired. */
  boolean check(long nowMs, Plant plant) {
    if (!fired && nowMs >= deadlineMs()) {
      plant.commandSafeState();
      fired = true;
    }
    return fired;
  }

  /** Whether it fired since the last {@link #reset()}. */
  boolean fired() {
    return fired;
  }

  void reset() {
    fired = false;
  }
}
