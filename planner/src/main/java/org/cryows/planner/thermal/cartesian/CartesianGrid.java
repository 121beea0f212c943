package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * A tensor-product grid of box cells: one list of face positions per axis. Cells are uniform over a
 * fine box (the probes and the ice they can grow) and grow by {@link #GROWTH_RATIO} per cell from
 * there to the domain faces, so a fine spacing near the probes costs few cells far away. Positions
 * in millimetres. Immutable.
 */
public final class CartesianGrid {

  /** Cell-to-cell growth beyond the fine box, as in the 1-D and axisymmetric grids. */
  public static final double GROWTH_RATIO = 1.08;

  private final double[][] facesMm;
  private final double finestSpacingMm;

  private CartesianGrid(double[][] facesMm, double finestSpacingMm) {
    this.facesMm = facesMm;
    this.finestSpacingMm = finestSpacingMm;
  }

  /**
   * Uniform cells of about {@code spacingMm} over [fineMin, fineMax] on each axis, growing outwards
   * to [domainMin, domainMax].
   */
  public static CartesianGrid graded(
      Vector3 domainMinMm,
      Vector3 domainMaxMm,
      Vector3 fineMinMm,
      Vector3 fineMaxMm,
      double spacingMm) {
    double[][] faces = new double[3][];
    for (int axis = 0; axis < 3; axis++) {
      faces[axis] =
          gradedAxis(
              domainMinMm.coordinate(axis),
              domainMaxMm.coordinate(axis),
              fineMinMm.coordinate(axis),
              fineMaxMm.coordinate(axis),
              spacingMm);
    }
    return new CartesianGrid(faces, spacingMm);
  }

  static double[] gradedAxis(
      double domainMin, double domainMax, double fineMin, double fineMax, double spacing) {
    double low = Math.max(domainMin, fineMin);
    double high = Math.min(domainMax, fineMax);
    int fineCells = Math.max(1, (int) Math.round((high - low) / spacing));
    double fineSpacing = (high - low) / fineCells;
    List<Double> below = outwards(low, -fineSpacing, domainMin);
    List<Double> faces = new ArrayList<>(below.reversed());
    for (int i = 0; i <= fineCells; i++) {
      faces.add(low + (high - low) * i / fineCells);
    }
    faces.addAll(outwards(high, fineSpacing, domainMax));
    return faces.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Faces beyond {@code start} (excluded) with cells growing from |firstStep| up to the end; the
   * last cell absorbs what is left when less than half a cell would remain.
   */
  private static List<Double> outwards(double start, double firstStep, double end) {
    List<Double> faces = new ArrayList<>();
    double direction = Math.signum(firstStep);
    double step = Math.abs(firstStep);
    double position = start;
    while (direction * (end - position) > 1e-9) {
      step *= GROWTH_RATIO;
      double next = position + direction * step;
      if (direction * (end - next) < 0.5 * step * GROWTH_RATIO) {
        next = end;
      }
      faces.add(next);
      position = next;
    }
    return faces;
  }

  /** Cells along an axis (0 x, 1 y, 2 z). */
  public int cells(int axis) {
    return facesMm[axis].length - 1;
  }

  public int cellCount() {
    return cells(0) * cells(1) * cells(2);
  }

  public double faceMm(int axis, int face) {
    return facesMm[axis][face];
  }

  public double centreMm(int axis, int cell) {
    return 0.5 * (facesMm[axis][cell] + facesMm[axis][cell + 1]);
  }

  public double sizeMm(int axis, int cell) {
    return facesMm[axis][cell + 1] - facesMm[axis][cell];
  }

  public double finestSpacingMm() {
    return finestSpacingMm;
  }

  public Vector3 minCornerMm() {
    return new Vector3(facesMm[0][0], facesMm[1][0], facesMm[2][0]);
  }

  public Vector3 maxCornerMm() {
    return new Vector3(facesMm[0][cells(0)], facesMm[1][cells(1)], facesMm[2][cells(2)]);
  }

  public Vector3 cellCentreMm(int i, int j, int k) {
    return new Vector3(centreMm(0, i), centreMm(1, j), centreMm(2, k));
  }

  /** The cell holding the coordinate along an axis (faces belong to the upper cell). */
  public int cellIndex(int axis, double coordinateMm) {
    double[] faces = facesMm[axis];
    int low = 0;
    int high = faces.length - 1;
    if (coordinateMm <= faces[0]) {
      return 0;
    }
    if (coordinateMm >= faces[high]) {
      return high - 1;
    }
    while (high - low > 1) {
      int middle = (low + high) >>> 1;
      if (faces[middle] <= coordinateMm) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The cell centre at or below the coordinate along an axis, or -1 below the first centre: the
   * lower corner of the trilinear interpolation stencil.
   */
  public int centreBelow(int axis, double coordinateMm) {
    int cell = cellIndex(axis, coordinateMm);
    return coordinateMm >= centreMm(axis, cell) ? cell : cell - 1;
  }

  @Override
  public String toString() {
    return String.format(
        "CartesianGrid[%d x %d x %d cells, finest %.3g mm, growth %.2f]",
        cells(0), cells(1), cells(2), finestSpacingMm, GROWTH_RATIO);
  }
}
