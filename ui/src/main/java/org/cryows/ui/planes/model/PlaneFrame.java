package org.cryows.ui.planes.model;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * How a plane view lies in the patient (LPS): the unit direction to the right of the screen and the
 * unit direction down the screen. The normal (right x down) points into the screen, away from the
 * viewer: the way the next slice lies.
 */
public record PlaneFrame(Vector3 right, Vector3 down) {

  private static final double TOLERANCE = 1e-6;

  public PlaneFrame {
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(down, "down");
    if (Math.abs(right.length() - 1) > TOLERANCE || Math.abs(down.length() - 1) > TOLERANCE) {
      throw new IllegalArgumentException(
          "plane directions are unit vectors: " + right + ", " + down);
    }
    if (Math.abs(right.dot(down)) > TOLERANCE) {
      throw new IllegalArgumentException("plane directions are orthogonal: " + right + ", " + down);
    }
  }

  /** Into the screen, away from the viewer. */
  public Vector3 normal() {
    return right.cross(down);
  }

  /**
   * This frame turned by {@code degrees} about {@code axis} (right-hand rule: seen with the axis
   * pointing away from the viewer, the turn is clockwise), re-orthonormalised against rounding.
   */
  public PlaneFrame rotated(Vector3 axis, double degrees) {
    Vector3 k = axis.normalized();
    double angle = Math.toRadians(degrees);
    Vector3 r = rotate(right, k, angle).normalized();
    Vector3 d = rotate(down, k, angle);
    d = d.minus(r.times(d.dot(r))).normalized();
    return new PlaneFrame(r, d);
  }

  /** Rodrigues' rotation of {@code v} about the unit axis {@code k}. */
  static Vector3 rotate(Vector3 v, Vector3 k, double radians) {
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    return v.times(cos).plus(k.cross(v).times(sin)).plus(k.times(k.dot(v) * (1 - cos)));
  }

  /** The orientation letters at the four edges: left, right, top, bottom. */
  public EdgeLabels edgeLabels() {
    return new EdgeLabels(
        PatientDirection.label(right.times(-1)),
        PatientDirection.label(right),
        PatientDirection.label(down.times(-1)),
        PatientDirection.label(down));
  }

  /** The orientation letters at a view's edges. */
  public record EdgeLabels(String left, String right, String top, String bottom) {}
}
