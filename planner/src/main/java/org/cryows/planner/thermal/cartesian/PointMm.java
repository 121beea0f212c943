package org.cryows.planner.thermal.cartesian;

/** A point or a displacement in the model's frame, in millimetres. */
public record PointMm(double xMm, double yMm, double zMm) {

  public PointMm {
    if (!Double.isFinite(xMm) || !Double.isFinite(yMm) || !Double.isFinite(zMm)) {
      throw new IllegalArgumentException(
          "coordinates must be finite, got (" + xMm + ", " + yMm + ", " + zMm + ") mm");
    }
  }

  public static PointMm of(double xMm, double yMm, double zMm) {
    return new PointMm(xMm, yMm, zMm);
  }

  public PointMm plus(PointMm other) {
    return new PointMm(xMm + other.xMm, yMm + other.yMm, zMm + other.zMm);
  }

  public PointMm minus(PointMm other) {
    return new PointMm(xMm - other.xMm, yMm - other.yMm, zMm - other.zMm);
  }

  public PointMm times(double factor) {
    return new PointMm(xMm * factor, yMm * factor, zMm * factor);
  }

  public double dot(PointMm other) {
    return xMm * other.xMm + yMm * other.yMm + zMm * other.zMm;
  }

  public PointMm cross(PointMm other) {
    return new PointMm(
        yMm * other.zMm - zMm * other.yMm,
        zMm * other.xMm - xMm * other.zMm,
        xMm * other.yMm - yMm * other.xMm);
  }

  public double lengthMm() {
    return Math.sqrt(dot(this));
  }

  /** The same direction with unit length. */
  public PointMm unit() {
    double length = lengthMm();
    if (!(length > 0)) {
      throw new IllegalArgumentException("a direction needs a non-zero length");
    }
    return times(1 / length);
  }

  /** Coordinate along axis 0 (x), 1 (y) or 2 (z). */
  public double coordinateMm(int axis) {
    return switch (axis) {
      case 0 -> xMm;
      case 1 -> yMm;
      case 2 -> zMm;
      default -> throw new IllegalArgumentException("axis must be 0, 1 or 2, got " + axis);
    };
  }
}
