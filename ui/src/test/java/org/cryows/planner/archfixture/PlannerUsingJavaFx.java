package org.cryows.planner.archfixture;

/** Breaks a rule on purpose: a planner class that touches JavaFX. Only imported, never loaded. */
public class PlannerUsingJavaFx {
  javafx.scene.paint.Color isothermColour() {
    return null;
  }
}
