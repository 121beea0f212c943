package org.cryows.ui.planes.model;

import java.util.Objects;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Vector3;

/**
 * A plane view's screen in the patient: which patient point each viewport point shows, and where a
 * patient point lies on screen. The view is resliced at its screen's resolution, one sample per
 * screen pixel at the pixel's centre, so this one mapping serves the image, the crosshair and any
 * overlay a later layer draws (probes, nerves, isotherm contours) in patient coordinates.
 *
 * @param frame the plane's directions (right and down the screen)
 * @param centre_Patient the patient point at the centre of the viewport
 * @param mmPerPixel the size of a screen pixel in the patient, in mm
 * @param width viewport width in screen pixels
 * @param height viewport height in screen pixels
 */
public record PlaneViewport(
    PlaneFrame frame, Vector3 centre_Patient, double mmPerPixel, int width, int height) {

  public PlaneViewport {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(centre_Patient, "centre_Patient");
    if (!(mmPerPixel > 0) || !Double.isFinite(mmPerPixel)) {
      throw new IllegalArgumentException("a pixel has a positive size, not " + mmPerPixel);
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("a viewport of " + width + " x " + height);
    }
  }

  /** The patient point shown at viewport point (x, y) (pixel edges at whole numbers). */
  public Vector3 patientAt(double x, double y) {
    return centre_Patient
        .plus(frame.right().times((x - width / 2.0) * mmPerPixel))
        .plus(frame.down().times((y - height / 2.0) * mmPerPixel));
  }

  /** Where the patient point's projection onto the plane lies on screen. */
  public ScreenPoint screenOf(Vector3 point_Patient) {
    Vector3 offset = point_Patient.minus(centre_Patient);
    return new ScreenPoint(
        width / 2.0 + offset.dot(frame.right()) / mmPerPixel,
        height / 2.0 + offset.dot(frame.down()) / mmPerPixel);
  }

  /** How far the point lies from the plane, in mm (positive into the screen). */
  public double depthMm(Vector3 point_Patient) {
    return point_Patient.minus(centre_Patient).dot(frame.normal());
  }

  /** The screen as a plane to reslice: one output pixel per screen pixel, at its centre. */
  public ReslicePlane reslicePlane() {
    return new ReslicePlane(
        patientAt(0.5, 0.5), frame.right(), frame.down(), width, height, mmPerPixel, mmPerPixel);
  }

  /** A point on screen, in viewport pixels (x right, y down). */
  public record ScreenPoint(double x, double y) {}
}
