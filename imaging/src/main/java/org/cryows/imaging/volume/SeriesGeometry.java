package org.cryows.imaging.volume;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing a series: the slices sorted along the normal, the voxel grid the volume
 * gets, its {@link ImageToPatient} transform, and the problems found with what was done about each.
 *
 * @param sortedSlices the input slices in order along the normal (slice index k of the acquisition)
 * @param order for each sorted slice, its index in the input list
 * @param slices the number of slices of the volume's grid (differs from the input when resampled)
 * @param sliceSpacingMm the distance between successive grid slices along the normal
 * @param imageToPatient voxel (i, j, k) of the grid to patient LPS mm
 */
public record SeriesGeometry(
    List<SliceGeometry> sortedSlices,
    List<Integer> order,
    int columns,
    int rows,
    int slices,
    double columnSpacingMm,
    double rowSpacingMm,
    double sliceSpacingMm,
    ImageToPatient imageToPatient,
    Decision decision,
    List<SeriesProblem> problems) {

  /** How the volume is built from the slices. */
  public enum Decision {
    /** Regular: every slice is used as it is. */
    AS_ACQUIRED,
    /** Gaps or tilt: the slices are interpolated onto a uniform grid along the normal. */
    RESAMPLED,
    /** No volume; {@link #problems()} says why. */
    REFUSED
  }

  public SeriesGeometry {
    sortedSlices = List.copyOf(sortedSlices);
    order = List.copyOf(order);
    problems = List.copyOf(problems);
    Objects.requireNonNull(imageToPatient);
    Objects.requireNonNull(decision);
    if (sortedSlices.size() != order.size() || sortedSlices.isEmpty()) {
      throw new IllegalArgumentException("one order entry per sorted slice, at least one slice");
    }
    if (columns <= 0 || rows <= 0 || slices <= 0) {
      throw new IllegalArgumentException("a grid has positive size");
    }
  }

  public boolean refused() {
    return decision == Decision.REFUSED;
  }

  /** [column, row, slice] spacing in mm, as the {@code info} command prints it. */
  public double[] spacingMm() {
    return new double[] {columnSpacingMm, rowSpacingMm, sliceSpacingMm};
  }

  /** The six numbers of Image Orientation (Patient) shared by the slices. */
  public double[] orientation() {
    return sortedSlices.get(0).orientation();
  }

  /** The problems as text, one line each. */
  public List<String> problemTexts() {
    return problems.stream().map(SeriesProblem::text).toList();
  }
}
