package org.cryows.planner.thermal.cartesian;

/** One of the six faces of the box the model covers. */
public enum DomainFace {
  X_MIN(0, false),
  X_MAX(0, true),
  Y_MIN(1, false),
  Y_MAX(1, true),
  Z_MIN(2, false),
  Z_MAX(2, true);

  private final int axis;
  private final boolean upper;

  DomainFace(int axis, boolean upper) {
    this.axis = axis;
    this.upper = upper;
  }

  /** 0 for x, 1 for y, 2 for z. */
  public int axis() {
    return axis;
  }

  /** True for the face at the largest coordinate. */
  public boolean isUpper() {
    return upper;
  }
}
