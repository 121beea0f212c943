package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.axisym.ExposureMap;

/**
 * The largest extent of the ice over a whole axisymmetric run: the cells of the (r, z) grid whose
 * coldest temperature reached 0 C, with the probe itself. Measures how far a structure lies from
 * the predicted 0 C edge, which decides whether the axisymmetric model may answer.
 */
final class IceExtent {

  private static final double EDGE_C = 0;

  private final PatientToProbe axis;
  private final double[] radialFacesMm;
  private final double[] axialFacesMm;
  private final boolean[] frozen;
  private final List<double[]> boundaryCells = new ArrayList<>();

  IceExtent(PatientToProbe axis, ExposureMap exposure) {
    this.axis = axis;
    List<Double> rFaces = exposure.radialFacesMm();
    List<Double> zFaces = exposure.axialFacesMm();
    radialFacesMm = rFaces.stream().mapToDouble(Double::doubleValue).toArray();
    axialFacesMm = zFaces.stream().mapToDouble(Double::doubleValue).toArray();
    int nr = rFaces.size() - 1;
    int nz = zFaces.size() - 1;
    // The probe's cells (no tissue, NaN) are not ice: its shaft runs far beyond the ice.
    frozen = new boolean[nr * nz];
    for (int c = 0; c < frozen.length; c++) {
      frozen[c] = exposure.minimumTemperaturesC().get(c) <= EDGE_C;
    }
    for (int j = 0; j < nz; j++) {
      for (int i = 0; i < nr; i++) {
        if (!frozen[j * nr + i]) {
          continue;
        }
        boolean edge =
            i + 1 >= nr
                || !frozen[j * nr + i + 1]
                || j == 0
                || !frozen[(j - 1) * nr + i]
                || j + 1 >= nz
                || !frozen[(j + 1) * nr + i];
        if (edge) {
          boundaryCells.add(
              new double[] {rFaces.get(i), rFaces.get(i + 1), zFaces.get(j), zFaces.get(j + 1)});
        }
      }
    }
  }

  boolean isEmpty() {
    return boundaryCells.isEmpty();
  }

  /** Distance from a point of the plan to the ice (0 inside it), mm. */
  double distanceMm(Vector3 point) {
    double r = axis.radialMm(point);
    double z = axis.axialMm(point);
    int i = cellBelow(radialFacesMm, r);
    int j = cellBelow(axialFacesMm, z);
    if (i >= 0 && j >= 0 && frozen[j * (radialFacesMm.length - 1) + i]) {
      return 0;
    }
    double best = Double.POSITIVE_INFINITY;
    for (double[] cell : boundaryCells) {
      double dr = Math.max(0, Math.max(cell[0] - r, r - cell[1]));
      double dz = Math.max(0, Math.max(cell[2] - z, z - cell[3]));
      best = Math.min(best, Math.hypot(dr, dz));
    }
    return best;
  }

  /**
   * Depth of the ice below a plane of the plan (its outward normal pointing away from the body),
   * mm: 0 when the ice reaches it. The ring of a cell at radius r rises at most r times the
   * normal's component across the axis above its point on the axis.
   */
  double depthBelowMm(Structure.Skin skin) {
    return depthBelowMm(skin.pointMm(), skin.outwardNormal());
  }

  /** Depth of the ice below the plane through a point with that unit normal, mm (0 reaching it). */
  double depthBelowMm(Vector3 planePointMm, Vector3 unitNormal) {
    Vector3 n = unitNormal;
    double along = n.dot(axis.axis_Patient());
    double acrossLength = n.minus(axis.axis_Patient().times(along)).length();
    double tipHeight = axis.tip_Patient().minus(planePointMm).dot(n);
    double highest = Double.NEGATIVE_INFINITY;
    for (double[] cell : boundaryCells) {
      for (double z : new double[] {cell[2], cell[3]}) {
        highest = Math.max(highest, tipHeight + z * along + cell[1] * acrossLength);
      }
    }
    return Math.max(0, -highest);
  }

  /** The cell holding a position, -1 outside the faces. */
  private static int cellBelow(double[] faces, double position) {
    if (!(position >= faces[0] && position < faces[faces.length - 1])) {
      return -1;
    }
    int found = java.util.Arrays.binarySearch(faces, position);
    return found >= 0 ? found : -found - 2;
  }
}
