package org.cryows.probecontrol.archfixture;

/** Breaks a rule on purpose: a console class that depends on the planner. */
public class ConsoleUsingPlanner {
  org.cryows.planner.thermal.ProbeModel probe() {
    return null;
  }
}
