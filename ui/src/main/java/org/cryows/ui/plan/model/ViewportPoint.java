package org.cryows.ui.plan.model;

/** A point of a view on screen, in pixels from the view's top left. */
public record ViewportPoint(double x, double y) {

  public double distanceTo(ViewportPoint other) {
    return Math.hypot(x - other.x, y - other.y);
  }
}
