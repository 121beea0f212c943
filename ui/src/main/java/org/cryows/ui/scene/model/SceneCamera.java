package org.cryows.ui.scene.model;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * Where the 3-D view looks from: the point looked at, the unit direction of view (from the eye to
 * that point), the unit up direction on screen, the eye's distance and the vertical view angle.
 * Mouse gestures turn, dolly and pan it; each gives a new camera. Turns rotate the direction and up
 * together about the screen's axes (a trackball), so there is no pole where the view flips.
 */
public record SceneCamera(
    Vector3 focal_Patient, Vector3 direction, Vector3 up, double distanceMm, double viewAngleDeg) {

  /** Degrees of turn per screen pixel dragged. */
  public static final double DEGREES_PER_PIXEL = 0.4;

  /** Dolly factor per wheel notch. */
  public static final double DOLLY_STEP = 1.15;

  private static final double TOLERANCE = 1e-6;

  public SceneCamera {
    Objects.requireNonNull(focal_Patient, "focal_Patient");
    if (Math.abs(direction.length() - 1) > TOLERANCE || Math.abs(up.length() - 1) > TOLERANCE) {
      throw new IllegalArgumentException("direction and up are unit vectors");
    }
    if (Math.abs(direction.dot(up)) > TOLERANCE) {
      throw new IllegalArgumentException("up is square to the direction of view");
    }
    if (!(distanceMm > 0) || !(viewAngleDeg > 0 && viewAngleDeg < 180)) {
      throw new IllegalArgumentException("a camera has a positive distance and view angle");
    }
  }

  /** Room left around the box at reset: its front face fills this share of the view at most. */
  static final double FRAMING = 0.8;

  /** Facing the patient from the front, for a square view. */
  public static SceneCamera anterior(SceneBounds bounds, double viewAngleDeg) {
    return anterior(bounds, viewAngleDeg, 1);
  }

  /**
   * Facing the patient from the front (looking posteriorly, head up, the patient's left on the
   * screen's right), as close as lets the box's front face fill the view ({@code aspect} is the
   * view's width over its height) with a little room.
   */
  public static SceneCamera anterior(SceneBounds bounds, double viewAngleDeg, double aspect) {
    Vector3 size = bounds.max().minus(bounds.min());
    double halfWidth = Math.max(size.x(), 1) / 2;
    double halfHeight = Math.max(size.z(), 1) / 2;
    double halfDepth = size.y() / 2;
    double tan = Math.tan(Math.toRadians(viewAngleDeg / 2));
    double wide = Math.max(aspect, 0.1);
    double toFront = Math.max(halfHeight / tan, halfWidth / (tan * wide)) / FRAMING;
    return new SceneCamera(
        bounds.centre(),
        new Vector3(0, 1, 0),
        new Vector3(0, 0, 1),
        halfDepth + toFront,
        viewAngleDeg);
  }

  /**
   * Looking along {@code direction} (from the eye to the box), head up as far as it can be, centred
   * on the box, as close as keeps the sphere around it in view ({@code aspect} the view's width
   * over its height) with a little room: for a small region inside the body, whose front face may
   * lie far from its middle.
   */
  public static SceneCamera around(
      SceneBounds bounds, Vector3 direction, double viewAngleDeg, double aspect) {
    Vector3 d = direction.normalized();
    // Up: the head's direction square to the view, or the front when looking along the body.
    Vector3 head = new Vector3(0, 0, 1);
    Vector3 up = head.minus(d.times(head.dot(d)));
    if (up.length() < 0.1) {
      Vector3 front = new Vector3(0, -1, 0);
      up = front.minus(d.times(front.dot(d)));
    }
    double tan = Math.tan(Math.toRadians(viewAngleDeg / 2));
    double narrowest = Math.atan(tan * Math.min(1, Math.max(aspect, 0.1)));
    double radius = Math.max(bounds.radiusMm(), 1);
    return new SceneCamera(
        bounds.centre(), d, up.normalized(), radius / Math.sin(narrowest) / FRAMING, viewAngleDeg);
  }

  /** The eye. */
  public Vector3 position_Patient() {
    return focal_Patient.minus(direction.times(distanceMm));
  }

  /** The screen's right in the patient. */
  public Vector3 right() {
    return direction.cross(up);
  }

  /**
   * Turned as if the scene were dragged by (dx, dy) screen pixels: across turns about the screen's
   * up, down turns about its right.
   */
  public SceneCamera orbit(double dxPixels, double dyPixels) {
    double yaw = Math.toRadians(-dxPixels * DEGREES_PER_PIXEL);
    double pitch = Math.toRadians(-dyPixels * DEGREES_PER_PIXEL);
    Vector3 d = rotate(direction, up, yaw);
    Vector3 right = d.cross(up).normalized();
    Vector3 u = up;
    d = rotate(d, right, pitch);
    u = rotate(u, right, pitch);
    d = d.normalized();
    u = u.minus(d.times(u.dot(d))).normalized();
    return new SceneCamera(focal_Patient, d, u, distanceMm, viewAngleDeg);
  }

  /** Closer ({@code factor} > 1) or further. */
  public SceneCamera dolly(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("a dolly factor is positive");
    }
    return new SceneCamera(
        focal_Patient, direction, up, Math.max(1, distanceMm / factor), viewAngleDeg);
  }

  /** The scene moved by (dx, dy) screen pixels on a view {@code heightPixels} tall. */
  public SceneCamera pan(double dxPixels, double dyPixels, double heightPixels) {
    double mmPerPixel =
        2 * distanceMm * Math.tan(Math.toRadians(viewAngleDeg / 2)) / Math.max(1, heightPixels);
    Vector3 move = right().times(-dxPixels * mmPerPixel).plus(up.times(dyPixels * mmPerPixel));
    return new SceneCamera(focal_Patient.plus(move), direction, up, distanceMm, viewAngleDeg);
  }

  /**
   * How a patient direction shows on screen: (across to the right, up), each from -1 to 1; for the
   * orientation glyph.
   */
  public double[] screenDirection(Vector3 direction_Patient) {
    Vector3 d = direction_Patient.normalized();
    return new double[] {d.dot(right()), d.dot(up)};
  }

  private static Vector3 rotate(Vector3 v, Vector3 axis, double radians) {
    Vector3 k = axis.normalized();
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    return v.times(cos).plus(k.cross(v).times(sin)).plus(k.times(k.dot(v) * (1 - cos)));
  }
}
