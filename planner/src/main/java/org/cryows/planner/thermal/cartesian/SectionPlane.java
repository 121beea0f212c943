package org.cryows.planner.thermal.cartesian;

import java.util.Objects;

/**
 * A rectangle in the model on which to draw isotherm contours: an origin (its corner), two in-plane
 * directions (the second is made perpendicular to the first), its size along them and the sampling
 * spacing. A point of the plane is origin + u * uAxis + v * vAxis with 0 &le; u &le; width and 0
 * &le; v &le; height.
 */
public record SectionPlane(
    PointMm originMm,
    PointMm uAxis,
    PointMm vAxis,
    double widthMm,
    double heightMm,
    double spacingMm) {

  public SectionPlane {
    Objects.requireNonNull(originMm, "originMm");
    uAxis = uAxis.unit();
    vAxis = vAxis.minus(uAxis.times(vAxis.dot(uAxis))).unit();
    if (!(widthMm > 0) || !(heightMm > 0) || !(spacingMm > 0)) {
      throw new IllegalArgumentException(
          "a section plane needs positive width, height and spacing, got "
              + widthMm
              + ", "
              + heightMm
              + ", "
              + spacingMm
              + " mm");
    }
    if (widthMm / spacingMm > 10_000 || heightMm / spacingMm > 10_000) {
      throw new IllegalArgumentException("at most 10000 samples per side of a section plane");
    }
  }

  /** The plane through a centre, spanned by two directions, extending half a size either way. */
  public static SectionPlane centredOn(
      PointMm centreMm, PointMm uAxis, PointMm vAxis, double sizeMm, double spacingMm) {
    PointMm u = uAxis.unit();
    PointMm v = vAxis.minus(u.times(vAxis.dot(u))).unit();
    PointMm origin = centreMm.minus(u.times(sizeMm / 2)).minus(v.times(sizeMm / 2));
    return new SectionPlane(origin, u, v, sizeMm, sizeMm, spacingMm);
  }

  public PointMm pointMm(double uMm, double vMm) {
    return originMm.plus(uAxis.times(uMm)).plus(vAxis.times(vMm));
  }
}
