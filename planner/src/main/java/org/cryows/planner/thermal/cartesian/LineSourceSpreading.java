package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * Spreads a probe's active segment over the cells it crosses: each cell gets the length of the
 * segment inside it, so a probe thinner than a cell extracts its heat where its axis really runs,
 * whatever its angle to the grid. A segment lying exactly on a face or an edge is shared equally by
 * the cells that touch it.
 */
final class LineSourceSpreading {

  /** One cell crossed by the segment: grid indices and the length of the segment inside, m. */
  record CellShare(int i, int j, int k, double lengthM) {}

  private LineSourceSpreading() {}

  static List<CellShare> spread(CartesianGrid grid, Vector3 fromMm, Vector3 toMm) {
    double lengthMm = toMm.minus(fromMm).length();
    int[] low = new int[3];
    int[] high = new int[3];
    for (int axis = 0; axis < 3; axis++) {
      double a = fromMm.coordinate(axis);
      double b = toMm.coordinate(axis);
      low[axis] = Math.max(0, grid.cellIndex(axis, Math.min(a, b)) - 1);
      high[axis] = Math.min(grid.cells(axis) - 1, grid.cellIndex(axis, Math.max(a, b)) + 1);
    }
    List<CellShare> shares = new ArrayList<>();
    double total = 0;
    for (int k = low[2]; k <= high[2]; k++) {
      for (int j = low[1]; j <= high[1]; j++) {
        for (int i = low[0]; i <= high[0]; i++) {
          double inside = clippedShare(grid, fromMm, toMm, i, j, k);
          if (inside > 0) {
            shares.add(new CellShare(i, j, k, inside * lengthMm));
            total += inside * lengthMm;
          }
        }
      }
    }
    // A segment on a shared face is counted once per touching cell: scale back to its length.
    double scale = total > 0 ? lengthMm / total : 0;
    return shares.stream()
        .map(s -> new CellShare(s.i(), s.j(), s.k(), s.lengthM() * scale * 1e-3))
        .toList();
  }

  /** Share of the segment (0 to 1) inside the closed cell box (Liang-Barsky clipping). */
  private static double clippedShare(
      CartesianGrid grid, Vector3 fromMm, Vector3 toMm, int i, int j, int k) {
    int[] cell = {i, j, k};
    double enter = 0;
    double leave = 1;
    for (int axis = 0; axis < 3; axis++) {
      double start = fromMm.coordinate(axis);
      double delta = toMm.coordinate(axis) - start;
      double min = grid.faceMm(axis, cell[axis]);
      double max = grid.faceMm(axis, cell[axis] + 1);
      if (delta == 0) {
        if (start < min || start > max) {
          return 0;
        }
        continue;
      }
      double t0 = (min - start) / delta;
      double t1 = (max - start) / delta;
      enter = Math.max(enter, Math.min(t0, t1));
      leave = Math.min(leave, Math.max(t0, t1));
    }
    return Math.max(0, leave - enter);
  }
}
