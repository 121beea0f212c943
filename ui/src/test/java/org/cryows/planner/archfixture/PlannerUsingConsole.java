package org.cryows.planner.archfixture;

/** Breaks a rule on purpose: a planner class that drives the console. */
public class PlannerUsingConsole {
  org.cryows.probecontrol.controller.ProbeController controller() {
    return null;
  }
}
