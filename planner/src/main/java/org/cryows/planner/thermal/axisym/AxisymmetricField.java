package org.cryows.planner.thermal.axisym;

import java.util.Arrays;

/**
 * The temperature of an axisymmetric run at one output time, on its (r, z) grid: r from the probe
 * axis, z along it with the tip at 0. Values between cell centres are interpolated bilinearly;
 * beyond the outermost centres the outermost value holds; inside the probe, where there is no
 * tissue, the nearest tissue cell of the same row stands for it (the probe wall is there).
 * Immutable.
 */
public final class AxisymmetricField {

  private final double timeSec;
  private final double[] radialCentresMm;
  private final double[] axialCentresMm;
  private final double[] temperaturesC;
  private final int[] firstTissueCell;

  AxisymmetricField(
      double timeSec, AxisymmetricGrid grid, boolean[] tissue, double[] temperaturesC) {
    this.timeSec = timeSec;
    int nr = grid.radialCells();
    int nz = grid.axialCells();
    radialCentresMm = new double[nr];
    axialCentresMm = new double[nz];
    for (int i = 0; i < nr; i++) {
      radialCentresMm[i] = grid.radialCenterM(i) * 1e3;
    }
    for (int j = 0; j < nz; j++) {
      axialCentresMm[j] = grid.axialCenterM(j) * 1e3;
    }
    this.temperaturesC = temperaturesC.clone();
    firstTissueCell = new int[nz];
    for (int j = 0; j < nz; j++) {
      int i = 0;
      while (i < nr - 1 && !tissue[j * nr + i]) {
        i++;
      }
      firstTissueCell[j] = i;
    }
  }

  public double timeSec() {
    return timeSec;
  }

  /** The temperature at a radius from the probe axis and a height above the tip, C. */
  public double temperatureAtMm(double radiusMm, double axialMm) {
    int nr = radialCentresMm.length;
    int j0 = below(axialCentresMm, axialMm);
    double wz = weight(axialCentresMm, j0, axialMm);
    int ja = Math.max(j0, 0);
    int jb = Math.min(j0 + 1, axialCentresMm.length - 1);
    return lerp(rowValue(ja, radiusMm, nr), rowValue(jb, radiusMm, nr), wz);
  }

  private double rowValue(int j, double radiusMm, int nr) {
    int first = firstTissueCell[j];
    double r = Math.max(Math.abs(radiusMm), radialCentresMm[first]);
    int i0 = below(radialCentresMm, r);
    double wr = weight(radialCentresMm, i0, r);
    int ia = Math.max(i0, first);
    int ib = Math.min(Math.max(i0 + 1, first), nr - 1);
    return lerp(temperaturesC[j * nr + ia], temperaturesC[j * nr + ib], wr);
  }

  /** Index of the last centre at or below the position, -1 below the first. */
  private static int below(double[] centres, double position) {
    int found = Arrays.binarySearch(centres, position);
    return found >= 0 ? found : -found - 2;
  }

  private static double weight(double[] centres, int below, double position) {
    if (below < 0) {
      return 1;
    }
    if (below >= centres.length - 1) {
      return 0;
    }
    return Math.clamp(
        (position - centres[below]) / (centres[below + 1] - centres[below]), 0.0, 1.0);
  }

  private static double lerp(double a, double b, double weight) {
    return a + weight * (b - a);
  }
}
