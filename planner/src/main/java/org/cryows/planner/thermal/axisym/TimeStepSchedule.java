package org.cryows.planner.thermal.axisym;

/**
 * Time steps for implicit stepping: at the start of each phase the boundary condition jumps and the
 * field changes fastest, so the step starts at 1/{@link #START_DIVISOR} of the largest step and
 * grows in proportion to the time since the phase began, reaching the largest step after {@link
 * #RAMP_SEC}. Every step is a fixed multiple of the largest one, so halving it halves every step.
 */
final class TimeStepSchedule {

  static final double RAMP_SEC = 8;
  static final double START_DIVISOR = 2;

  private final double largestSec;

  TimeStepSchedule(double largestSec) {
    this.largestSec = largestSec;
  }

  /** The step to take {@code sincePhaseStartSec} into a phase. */
  double stepSec(double sincePhaseStartSec) {
    double share = Math.max(sincePhaseStartSec / RAMP_SEC, 1 / START_DIVISOR);
    return largestSec * Math.min(1, share);
  }
}
