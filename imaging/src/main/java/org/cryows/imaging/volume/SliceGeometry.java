package org.cryows.imaging.volume;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where one frame lies in the patient (LPS, mm): the centre of its first pixel, the directions of
 * its rows and columns, and its pixel spacing. {@code rowDirection} points along a row (the
 * direction in which the column index grows), {@code columnDirection} down a column, as the two
 * halves of Image Orientation (Patient). The position is empty when the header has none.
 *
 * @param origin the file and frame, for messages
 * @param frameIndex the frame within its file, from 0
 * @param rowSpacingMm the distance between the centres of adjacent rows (Pixel Spacing, first
 *     value)
 * @param columnSpacingMm the distance between adjacent columns (Pixel Spacing, second value)
 * @param spacingBetweenSlicesMm the header's Spacing Between Slices, used only without positions
 * @param sliceThicknessMm the header's Slice Thickness, used only without positions
 */
public record SliceGeometry(
    String origin,
    int frameIndex,
    int rows,
    int columns,
    Optional<Vector3> position_Patient,
    Vector3 rowDirection,
    Vector3 columnDirection,
    double rowSpacingMm,
    double columnSpacingMm,
    OptionalDouble spacingBetweenSlicesMm,
    OptionalDouble sliceThicknessMm) {

  public SliceGeometry {
    Objects.requireNonNull(origin);
    Objects.requireNonNull(position_Patient);
    Objects.requireNonNull(spacingBetweenSlicesMm);
    Objects.requireNonNull(sliceThicknessMm);
    if (rows <= 0 || columns <= 0) {
      throw new IllegalArgumentException(origin + ": a slice has positive rows and columns");
    }
    if (!(rowSpacingMm > 0) || !(columnSpacingMm > 0)) {
      throw new IllegalArgumentException(origin + ": pixel spacing is positive");
    }
    if (Math.abs(rowDirection.length() - 1) > 1e-6
        || Math.abs(columnDirection.length() - 1) > 1e-6
        || Math.abs(rowDirection.dot(columnDirection)) > 1e-6) {
      throw new IllegalArgumentException(origin + ": row and column directions are orthonormal");
    }
  }

  /** The slice normal, row direction x column direction: the direction slices are sorted along. */
  public Vector3 normal() {
    return rowDirection.cross(columnDirection);
  }

  /** The six numbers of Image Orientation (Patient). */
  public double[] orientation() {
    return new double[] {
      rowDirection.x(), rowDirection.y(), rowDirection.z(),
      columnDirection.x(), columnDirection.y(), columnDirection.z()
    };
  }
}
