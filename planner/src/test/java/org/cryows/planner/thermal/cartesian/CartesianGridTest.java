package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

/** Uniform near the probes, growing by at most 8 % a cell outwards, ending on the domain faces. */
class CartesianGridTest {

  @Test
  void gradedAxis_fineZoneAndGrowth_asPromised() {
    double[] faces = CartesianGrid.gradedAxis(-25, 25, -7, 9, 0.25);
    assertEquals(-25, faces[0], 1e-12);
    assertEquals(25, faces[faces.length - 1], 1e-12);
    for (int f = 1; f < faces.length; f++) {
      double size = faces[f] - faces[f - 1];
      assertTrue(size > 0);
      if (faces[f - 1] >= -7 - 1e-9 && faces[f] <= 9 + 1e-9) {
        assertEquals(0.25, size, 1e-9);
      }
    }
    // The outermost cell at either end absorbs what is left of the domain.
    for (int f = 3; f < faces.length - 1; f++) {
      double ratio = (faces[f] - faces[f - 1]) / (faces[f - 1] - faces[f - 2]);
      double inverse = 1 / ratio;
      assertTrue(
          ratio <= CartesianGrid.GROWTH_RATIO + 1e-9
              && inverse <= CartesianGrid.GROWTH_RATIO + 1e-9,
          "neighbouring cells " + f + " differ by " + ratio);
    }
  }

  @Test
  void cellIndex_pointsOnAndBetweenFaces_foundInTheUpperCell() {
    CartesianGrid grid =
        CartesianGrid.graded(
            new Vector3(-5, -5, -5),
            new Vector3(5, 5, 5),
            new Vector3(-1, -1, -1),
            new Vector3(1, 1, 1),
            0.5);
    int cell = grid.cellIndex(0, 0.0);
    assertEquals(0.0, grid.faceMm(0, cell), 1e-12);
    assertEquals(0, grid.cellIndex(0, -5));
    assertEquals(grid.cells(0) - 1, grid.cellIndex(0, 5));
  }
}
