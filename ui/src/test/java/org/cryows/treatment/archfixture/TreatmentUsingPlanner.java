package org.cryows.treatment.archfixture;

/** Breaks a rule on purpose: the shared treatment vocabulary depending on the planner. */
public class TreatmentUsingPlanner {
  org.cryows.planner.thermal.ProbeModel probe() {
    return null;
  }
}
