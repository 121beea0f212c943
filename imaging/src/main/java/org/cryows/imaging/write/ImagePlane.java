package org.cryows.imaging.write;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * The Image Plane module (PS3.3 C.7.6.2) of a slice: where its first pixel's centre lies and which
 * way its rows and columns run, in the patient frame (LPS, mm).
 *
 * @param firstPixel_Patient Image Position (Patient): the centre of the first pixel
 * @param rowDirection the unit direction along a row (increasing column)
 * @param columnDirection the unit direction down a column (increasing row)
 * @param columnSpacingMm the distance between neighbouring columns
 * @param rowSpacingMm the distance between neighbouring rows
 */
public record ImagePlane(
    Vector3 firstPixel_Patient,
    Vector3 rowDirection,
    Vector3 columnDirection,
    double columnSpacingMm,
    double rowSpacingMm) {
  public ImagePlane {
    Objects.requireNonNull(firstPixel_Patient, "firstPixel_Patient");
    Objects.requireNonNull(rowDirection, "rowDirection");
    Objects.requireNonNull(columnDirection, "columnDirection");
    if (Math.abs(rowDirection.length() - 1) > 1e-9
        || Math.abs(columnDirection.length() - 1) > 1e-9) {
      throw new IllegalArgumentException("the row and column directions are unit vectors");
    }
    if (Math.abs(rowDirection.dot(columnDirection)) > 1e-9) {
      throw new IllegalArgumentException("the row and column directions are orthogonal");
    }
    if (!(columnSpacingMm > 0) || !(rowSpacingMm > 0)) {
      throw new IllegalArgumentException("pixel spacings are positive");
    }
  }

  /** The slice normal, row direction x column direction. */
  public Vector3 normal() {
    return rowDirection.cross(columnDirection);
  }
}
