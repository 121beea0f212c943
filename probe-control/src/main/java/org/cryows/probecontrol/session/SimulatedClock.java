package org.cryows.probecontrol.session;

import org.cryows.probecontrol.transport.MillisClock;

/**
 * Session time that moves only when told to: the clock of a scenario run on simulated time. Both
 * ends of the link and the controller read it, so a run depends on its inputs, never on how fast
 * the machine is.
 */
public final class SimulatedClock implements MillisClock {
  private volatile long nowMs;

  @Override
  public long nowMs() {
    return nowMs;
  }

  /** Moves the clock forward to {@code tMs}; time never goes back. */
  public void advanceTo(long tMs) {
    if (tMs < nowMs) {
      throw new IllegalArgumentException(
          "time cannot go back from " + nowMs + " to " + tMs + " ms");
    }
    nowMs = tMs;
  }
}
