package org.cryows.planner.thermal.cartesian;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * A rectangle in the model on which to draw isotherm contours: an origin (its corner), two in-plane
 * directions (the second is made perpendicular to the first), its size along them and the sampling
 * spacing. A point of the plane is origin + u * uAxis + v * vAxis with 0 &le; u &le; width and 0
 * &le; v &le; height.
 */
public record SectionPlane(
    Vector3 originMm,
    Vector3 uAxis,
    Vector3 vAxis,
    double widthMm,
    double heightMm,
    double spacingMm) {

  public SectionPlane {
    Objects.requireNonNull(originMm, "originMm");
    uAxis = uAxis.normalized();
    vAxis = vAxis.minus(uAxis.times(vAxis.dot(uAxis))).normalized();
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
      Vector3 centreMm, Vector3 uAxis, Vector3 vAxis, double sizeMm, double spacingMm) {
    Vector3 u = uAxis.normalized();
    Vector3 v = vAxis.minus(u.times(vAxis.dot(u))).normalized();
    Vector3 origin = centreMm.minus(u.times(sizeMm / 2)).minus(v.times(sizeMm / 2));
    return new SectionPlane(origin, u, v, sizeMm, sizeMm, spacingMm);
  }

  public Vector3 pointMm(double uMm, double vMm) {
    return originMm.plus(uAxis.times(uMm)).plus(vAxis.times(vMm));
  }
}
