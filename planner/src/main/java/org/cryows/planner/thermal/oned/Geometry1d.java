package org.cryows.planner.thermal.oned;

/**
 * The three one-dimensional geometries: heat flows along x (planar) or along the radius of a
 * cylinder or a sphere. Areas and volumes are per square metre of wall (planar), per metre of
 * cylinder length (cylindrical) or whole (spherical).
 */
public enum Geometry1d {
  PLANAR(0),
  CYLINDRICAL(1),
  SPHERICAL(2);

  /** The power of r in the face area: 0, 1, 2. */
  private final int curvature;

  Geometry1d(int curvature) {
    this.curvature = curvature;
  }

  public double faceAreaM2(double radiusM) {
    return switch (this) {
      case PLANAR -> 1;
      case CYLINDRICAL -> 2 * Math.PI * radiusM;
      case SPHERICAL -> 4 * Math.PI * radiusM * radiusM;
    };
  }

  public double shellVolumeM3(double innerRadiusM, double outerRadiusM) {
    return switch (this) {
      case PLANAR -> outerRadiusM - innerRadiusM;
      case CYLINDRICAL -> Math.PI * (outerRadiusM * outerRadiusM - innerRadiusM * innerRadiusM);
      case SPHERICAL ->
          4.0 / 3.0 * Math.PI * (Math.pow(outerRadiusM, 3) - Math.pow(innerRadiusM, 3));
    };
  }

  /**
   * The radius that splits a shell so that the inner part holds {@code innerShare} of its volume.
   */
  public double radiusEnclosingShare(double innerRadiusM, double outerRadiusM, double innerShare) {
    int power = curvature + 1;
    double inner = Math.pow(innerRadiusM, power);
    double outer = Math.pow(outerRadiusM, power);
    return Math.pow(inner + innerShare * (outer - inner), 1.0 / power);
  }
}
