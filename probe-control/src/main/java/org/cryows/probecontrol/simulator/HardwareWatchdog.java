package org.cryows.probecontrol.simulator;

/**
 * The console's hardware watchdog, independent of its firmware: the firmware's main loop kicks it
 * on every pass; if the kicks stop (a hung firmware) it cuts the valves' power and opens the vent,
 * early enough that both valves are closed {@link FirmwareSafety#HEARTBEAT_DEADLINE_MS} after the
 * last kick.
 */
final class HardwareWatchdog {
  static final long TIMEOUT_MS = FirmwareSafety.HEARTBEAT_TRIP_MS;

  private long lastKickMs;
  private boolean fired;

  void kick(long nowMs) {
    lastKickMs = nowMs;
  }

  long deadlineMs() {
    return lastKickMs + TIMEOUT_MS;
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
