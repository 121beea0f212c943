package org.cryows.probecontrol.simulator;

import org.cryows.probecontrol.console.Fault;

/**
 * One fault injected at {@code atSec} of simulated time, lasting {@code durationSec} or, when that
 * is infinite, until the end of the run.
 */
public record ScheduledFault(double atSec, Fault fault, double durationSec) {
  /** The latest start a schedule may ask for: about 116 days, far beyond any scenario. */
  public static final double MAX_AT_SEC = 1e7;

  public ScheduledFault {
    if (!(atSec >= 0 && atSec <= MAX_AT_SEC)) {
      throw new IllegalArgumentException("atSec must be in [0, " + MAX_AT_SEC + "], was " + atSec);
    }
    if (fault == null) {
      throw new IllegalArgumentException("fault is required");
    }
    if (!(durationSec > 0) || Double.isNaN(durationSec)) {
      throw new IllegalArgumentException(
          "durationSec must be positive (infinite: until the end), was " + durationSec);
    }
  }

  /** A fault that lasts until the end of the run. */
  public static ScheduledFault untilEnd(double atSec, Fault fault) {
    return new ScheduledFault(atSec, fault, Double.POSITIVE_INFINITY);
  }

  public boolean lastsUntilEnd() {
    return Double.isInfinite(durationSec);
  }

  /** Onset on the simulator's millisecond clock. */
  public long startMs() {
    return Math.round(atSec * 1000);
  }

  /** First millisecond at which the fault is over; {@link Long#MAX_VALUE} when it never ends. */
  public long endMs() {
    if (lastsUntilEnd() || durationSec >= MAX_AT_SEC) {
      return Long.MAX_VALUE;
    }
    return startMs() + Math.max(1, Math.round(durationSec * 1000));
  }

  public boolean activeAt(long tMs) {
    return tMs >= startMs() && tMs < endMs();
  }
}
