package org.cryows.planner.prediction;

import org.cryows.planner.thermal.cartesian.PointMm;

/**
 * The frame of the axisymmetric model for one placed probe: r from its axis, z along it from the
 * tip towards the handle. Turns points of the plan into (r, z) and back.
 */
final class ProbeAxis {

  private final PointMm tipMm;
  private final PointMm axis;
  private final PointMm across;
  private final PointMm acrossToo;

  ProbeAxis(PlacedProbe placed) {
    this.tipMm = placed.tipMm();
    this.axis = placed.towardHandle();
    PointMm[] perpendiculars = Surfaces.perpendiculars(axis);
    this.across = perpendiculars[0];
    this.acrossToo = perpendiculars[1];
  }

  PointMm axis() {
    return axis;
  }

  PointMm tipMm() {
    return tipMm;
  }

  /** Height above the tip along the axis, mm. */
  double axialMm(PointMm point) {
    return point.minus(tipMm).dot(axis);
  }

  /** Distance from the axis, mm. */
  double radialMm(PointMm point) {
    PointMm offset = point.minus(tipMm);
    return offset.minus(axis.times(offset.dot(axis))).lengthMm();
  }

  /** The point at (r, z) on the meridian at an angle around the axis. */
  PointMm pointMm(double radiusMm, double axialMm, double angle) {
    return tipMm
        .plus(axis.times(axialMm))
        .plus(across.times(radiusMm * Math.cos(angle)))
        .plus(acrossToo.times(radiusMm * Math.sin(angle)));
  }
}
