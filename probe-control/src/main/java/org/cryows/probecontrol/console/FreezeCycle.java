package org.cryows.probecontrol.console;

/** One freeze followed by its passive thaw (valves closed), durations in seconds. */
public record FreezeCycle(double freezeSec, double thawSec) {
  /** The longest freeze or thaw a protocol may ask for: 30 minutes. */
  public static final double MAX_PHASE_SEC = 1800;

  public FreezeCycle {
    if (!(freezeSec > 0 && freezeSec <= MAX_PHASE_SEC)) {
      throw new IllegalArgumentException(
          "freezeSec must be in (0, " + MAX_PHASE_SEC + "] s, was " + freezeSec);
    }
    if (!(thawSec >= 0 && thawSec <= MAX_PHASE_SEC)) {
      throw new IllegalArgumentException(
          "thawSec must be in [0, " + MAX_PHASE_SEC + "] s, was " + thawSec);
    }
  }
}
