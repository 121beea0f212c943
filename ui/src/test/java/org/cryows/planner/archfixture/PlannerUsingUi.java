package org.cryows.planner.archfixture;

/** Breaks a rule on purpose: a planner class that depends on the ui module. */
public class PlannerUsingUi {
  org.cryows.ui.shell.view.WorkstationWindow window() {
    return null;
  }
}
