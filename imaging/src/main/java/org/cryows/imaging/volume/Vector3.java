package org.cryows.imaging.volume;

/**
 * A point or a direction in one of the project's frames, the one vector type of the workstation.
 * The frame is named where the vector is: in the variable's name ({@code origin_Patient}) or by the
 * type that holds it, and vectors move between frames only through transforms named after the two
 * frames ({@code ImageToPatient}, {@code PatientToImage}; the planner's {@code PatientToModel},
 * {@code ModelToPatient}, {@code PatientToProbe}). The frames: Image (voxel indices), Patient (the
 * patient coordinate system of DICOM, LPS, mm; the frame a plan is drawn and predicted in), Model
 * (the 3-D thermal model's box, mm) and Probe (a probe's tip at the origin, z towards its handle,
 * mm).
 */
public record Vector3(double x, double y, double z) {

  public static final Vector3 ZERO = new Vector3(0, 0, 0);

  public Vector3 {
    if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
      throw new IllegalArgumentException(
          "a vector has finite components: " + x + ", " + y + ", " + z);
    }
  }

  public Vector3 plus(Vector3 o) {
    return new Vector3(x + o.x, y + o.y, z + o.z);
  }

  public Vector3 minus(Vector3 o) {
    return new Vector3(x - o.x, y - o.y, z - o.z);
  }

  public Vector3 times(double factor) {
    return new Vector3(x * factor, y * factor, z * factor);
  }

  public double dot(Vector3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  public Vector3 cross(Vector3 o) {
    return new Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  /** Coordinate along axis 0 (x), 1 (y) or 2 (z). */
  public double coordinate(int axis) {
    return switch (axis) {
      case 0 -> x;
      case 1 -> y;
      case 2 -> z;
      default -> throw new IllegalArgumentException("axis must be 0, 1 or 2, got " + axis);
    };
  }

  public double length() {
    return Math.sqrt(dot(this));
  }

  public Vector3 normalized() {
    double length = length();
    if (length == 0) {
      throw new IllegalArgumentException("the zero vector has no direction");
    }
    return times(1 / length);
  }

  /** The angle to {@code o} in degrees, 0 to 180. */
  public double angleDegreesTo(Vector3 o) {
    // atan2 of |a x b| and a . b stays accurate for nearly parallel vectors, unlike acos.
    return Math.toDegrees(Math.atan2(cross(o).length(), dot(o)));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "(%.4f, %.4f, %.4f)", x, y, z);
  }
}
