package org.cryows.planner.thermal.axisym;

import java.util.OptionalDouble;

/**
 * The finite-volume layout of an axisymmetric grid that both solvers step on: which cells are
 * tissue, their volumes, the areas of the faces and the distances from each face to the two cell
 * centres it joins, and the probe's active surface. Cell c = j nr + i; radial face f of row j at [j
 * (nr + 1) + f]; axial face g of column i at [g nr + i].
 */
final class AxisymmetricCells {

  final int nr;
  final int nz;
  final boolean[] tissue;
  final double[] volume;
  final double[] radialArea;
  final double[] radialInnerDistance;
  final double[] radialOuterDistance;
  final double[] axialLowerDistance;
  final double[] axialUpperDistance;
  final double[] annulusArea;

  /** The active segment's lateral surface and tip disk, m2, and its length, m. */
  final double activeAreaM2;

  final double activeLengthM;

  AxisymmetricCells(AxisymmetricGrid grid, AxisymmetricProblem problem) {
    nr = grid.radialCells();
    nz = grid.axialCells();
    tissue = new boolean[nr * nz];
    volume = new double[nr * nz];
    for (int j = 0; j < nz; j++) {
      for (int i = 0; i < nr; i++) {
        tissue[j * nr + i] = !grid.isProbe(i, j);
        volume[j * nr + i] = grid.annulusAreaM2(i) * grid.axialSizeM(j);
      }
    }
    radialArea = new double[(nr + 1) * nz];
    radialInnerDistance = new double[(nr + 1) * nz];
    radialOuterDistance = new double[(nr + 1) * nz];
    for (int j = 0; j < nz; j++) {
      for (int f = 0; f <= nr; f++) {
        int face = j * (nr + 1) + f;
        radialArea[face] = grid.cylinderAreaM2(f, j);
        radialInnerDistance[face] = f > 0 ? grid.radialFacesM[f] - grid.radialCenterM(f - 1) : 0;
        radialOuterDistance[face] = f < nr ? grid.radialCenterM(f) - grid.radialFacesM[f] : 0;
      }
    }
    axialLowerDistance = new double[(nz + 1) * nr];
    axialUpperDistance = new double[(nz + 1) * nr];
    annulusArea = new double[nr];
    for (int i = 0; i < nr; i++) {
      annulusArea[i] = grid.annulusAreaM2(i);
      for (int g = 0; g <= nz; g++) {
        axialLowerDistance[g * nr + i] = g > 0 ? grid.axialFacesM[g] - grid.axialCenterM(g - 1) : 0;
        axialUpperDistance[g * nr + i] = g < nz ? grid.axialCenterM(g) - grid.axialFacesM[g] : 0;
      }
    }
    double radiusM = problem.probeRadiusMm() * 1e-3;
    activeLengthM = problem.activeLengthMm() * 1e-3;
    activeAreaM2 = 2 * Math.PI * radiusM * activeLengthM + Math.PI * radiusM * radiusM;
  }

  /**
   * The wall temperature the ice-ball measure may interpolate towards: the active surface's, when
   * it is held at one and the run has started.
   */
  static OptionalDouble wallAt(ActiveSegmentCondition condition, double timeSec) {
    return timeSec > 0 && condition instanceof ActiveSegmentCondition.WallTemperature wall
        ? OptionalDouble.of(wall.temperatureC())
        : OptionalDouble.empty();
  }
}
