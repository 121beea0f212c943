package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

/** The active segment is shared among the cells it crosses by its length inside each. */
class LineSourceSpreadingTest {

  private final CartesianGrid grid =
      CartesianGrid.graded(
          new Vector3(-10, -10, -10),
          new Vector3(10, 10, 10),
          new Vector3(-5, -5, -5),
          new Vector3(5, 5, 5),
          0.5);

  @Test
  void spread_obliqueSegment_sharesAddUpToItsLength() {
    Vector3 from = new Vector3(-2.1, -1.3, -3.7);
    Vector3 to = new Vector3(3.3, 2.9, 4.1);
    var shares = LineSourceSpreading.spread(grid, from, to);
    double total = shares.stream().mapToDouble(LineSourceSpreading.CellShare::lengthM).sum();
    assertEquals(to.minus(from).length() * 1e-3, total, 1e-15);
    // A 10.3 mm segment across 0.5 mm cells crosses at least 10.3 / (0.5 sqrt 3) cells.
    assertEquals(true, shares.size() >= 12, "cells crossed: " + shares.size());
  }

  @Test
  void spread_segmentAlongAnEdgeOfFourCells_sharedEqually() {
    var shares = LineSourceSpreading.spread(grid, new Vector3(0, 0, -2), new Vector3(0, 0, 2));
    double perCellColumn = 4e-3 / 4;
    double[] byColumn = new double[4];
    for (var share : shares) {
      int column =
          (share.i() == grid.cellIndex(0, 0) ? 1 : 0) + (share.j() == grid.cellIndex(1, 0) ? 2 : 0);
      byColumn[column] += share.lengthM();
    }
    for (double length : byColumn) {
      assertEquals(perCellColumn, length, 1e-15);
    }
  }

  @Test
  void spread_segmentInsideOneCell_takesItWhole() {
    var shares =
        LineSourceSpreading.spread(grid, new Vector3(0.1, 0.1, 0.1), new Vector3(0.2, 0.3, 0.4));
    assertEquals(1, shares.size());
    assertEquals(Math.sqrt(0.01 + 0.04 + 0.09) * 1e-3, shares.getFirst().lengthM(), 1e-15);
  }
}
