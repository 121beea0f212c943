package org.cryows.planner.thermal;

/**
 * Watches a run of a solver step by step: where it stands, for a progress bar, and a chance to stop
 * it (by throwing {@link RunCancelledException}), for a prediction a newer one replaced.
 */
@FunctionalInterface
public interface RunMonitor {

  /** Watches nothing. */
  RunMonitor NONE = (timeSec, lastSec) -> {};

  /**
   * Called after each step (or every few steps) on the solving thread.
   *
   * @param timeSec the simulated time reached, s
   * @param lastSec the simulated time the run ends at, s
   * @throws RunCancelledException to stop the run; the solver lets it through
   */
  void stepDone(double timeSec, double lastSec);
}
