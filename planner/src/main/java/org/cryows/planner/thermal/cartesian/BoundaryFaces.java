package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * Every face between a tissue cell and something held from outside: the far field (a domain face at
 * body temperature), skin (a domain face exchanging heat with air or a skin warmer) or a vessel
 * wall. Each is a conductance from the cell centre to a known temperature: half a cell of tissue,
 * in series with 1 / h for a convective surface.
 */
final class BoundaryFaces {

  private final int[] cells;
  private final double[] areasM2;
  private final double[] distancesM;
  private final double[] surfaceResistances;
  private final double[] temperaturesC;
  private final double[] conductances;

  /**
   * @param vesselOfCell per cell (indexed without ghosts) the vessel it lies in, or -1
   * @param coveredBy per cell the probe with a wall whose cell it is, or -1 (not tissue either; its
   *     faces carry nothing, the probe's wall links do)
   */
  BoundaryFaces(
      CartesianGrid grid,
      ImplicitStepper field,
      int[] vesselOfCell,
      int[] coveredBy,
      List<Vessel> vessels,
      List<SkinSurface> skin,
      double farFieldC) {
    List<double[]> faces = new ArrayList<>();
    int[] n = {grid.cells(0), grid.cells(1), grid.cells(2)};
    int[][] steps = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    for (int k = 0; k < n[2]; k++) {
      for (int j = 0; j < n[1]; j++) {
        for (int i = 0; i < n[0]; i++) {
          int plain = (k * n[1] + j) * n[0] + i;
          if (vesselOfCell[plain] >= 0
              || coveredBy[plain] >= 0
              || !touchesBoundary(i, j, k, n, plain, vesselOfCell)) {
            continue;
          }
          int[] cell = {i, j, k};
          for (int axis = 0; axis < 3; axis++) {
            double halfM = 0.5 * grid.sizeMm(axis, cell[axis]) * 1e-3;
            double areaM2 =
                grid.sizeMm((axis + 1) % 3, cell[(axis + 1) % 3])
                    * grid.sizeMm((axis + 2) % 3, cell[(axis + 2) % 3])
                    * 1e-6;
            for (int side = -1; side <= 1; side += 2) {
              int ni = i + side * steps[axis][0];
              int nj = j + side * steps[axis][1];
              int nk = k + side * steps[axis][2];
              int ghostIndex = field.index(i + 1, j + 1, k + 1);
              boolean outside =
                  ni < 0 || nj < 0 || nk < 0 || ni >= n[0] || nj >= n[1] || nk >= n[2];
              if (outside) {
                DomainFace face = domainFace(axis, side > 0);
                SkinSurface surface =
                    skin.stream().filter(s -> s.face() == face).findFirst().orElse(null);
                faces.add(
                    surface == null
                        ? new double[] {ghostIndex, areaM2, halfM, 0, farFieldC}
                        : new double[] {
                          ghostIndex,
                          areaM2,
                          halfM,
                          1 / surface.heatTransferCoefficientWPerM2K(),
                          surface.ambientC()
                        });
                continue;
              }
              int vessel = vesselOfCell[(nk * n[1] + nj) * n[0] + ni];
              if (vessel >= 0) {
                Vessel.VesselWall wall = vessels.get(vessel).wall();
                double resistance =
                    wall instanceof Vessel.VesselWall.Convective convective
                        ? 1 / convective.heatTransferCoefficientWPerM2K()
                        : 0;
                double wallM =
                    wallDistanceMm(
                            grid.cellCentreMm(i, j, k),
                            grid.cellCentreMm(ni, nj, nk),
                            vessels.get(vessel))
                        * 1e-3;
                faces.add(
                    new double[] {ghostIndex, areaM2, wallM, resistance, wall.bloodTemperatureC()});
              }
            }
          }
        }
      }
    }
    int count = faces.size();
    cells = new int[count];
    areasM2 = new double[count];
    distancesM = new double[count];
    surfaceResistances = new double[count];
    temperaturesC = new double[count];
    conductances = new double[count];
    for (int f = 0; f < count; f++) {
      double[] face = faces.get(f);
      cells[f] = (int) face[0];
      areasM2[f] = face[1];
      distancesM[f] = face[2];
      surfaceResistances[f] = face[3];
      temperaturesC[f] = face[4];
    }
  }

  /** Whether a cell lies on a domain face or next to a vessel cell: most cells do not. */
  private static boolean touchesBoundary(
      int i, int j, int k, int[] n, int plain, int[] vesselOfCell) {
    if (i == 0 || j == 0 || k == 0 || i == n[0] - 1 || j == n[1] - 1 || k == n[2] - 1) {
      return true;
    }
    int row = n[0];
    int plane = n[0] * n[1];
    return vesselOfCell[plain - 1] >= 0
        || vesselOfCell[plain + 1] >= 0
        || vesselOfCell[plain - row] >= 0
        || vesselOfCell[plain + row] >= 0
        || vesselOfCell[plain - plane] >= 0
        || vesselOfCell[plain + plane] >= 0;
  }

  /**
   * Distance from a tissue cell's centre to the vessel wall on the way to a neighbouring vessel
   * cell's centre: where the round wall cuts that line, not the staircase face half-way. Without
   * this the vessel's effective radius jumps by up to half a cell with the grid's offset (the
   * ghost-fluid treatment of a Dirichlet wall, Gibou et al., J Comput Phys 2002, 176:205). Kept at
   * a tenth of the centre distance at least, as there, so a wall grazing a centre does not make one
   * conductance dominate all others.
   */
  static double wallDistanceMm(Vector3 tissueCentreMm, Vector3 vesselCentreMm, Vessel vessel) {
    double outside = 0;
    double inside = 1;
    for (int n = 0; n < 40; n++) {
      double middle = 0.5 * (outside + inside);
      Vector3 point = tissueCentreMm.plus(vesselCentreMm.minus(tissueCentreMm).times(middle));
      if (vessel.containsMm(point)) {
        inside = middle;
      } else {
        outside = middle;
      }
    }
    double share = Math.max(MIN_WALL_SHARE, 0.5 * (outside + inside));
    return share * vesselCentreMm.minus(tissueCentreMm).length();
  }

  static final double MIN_WALL_SHARE = 0.1;

  int count() {
    return cells.length;
  }

  /** Adds each face's conductance, from the cell's state at the start of the step. */
  void apply(ImplicitStepper field) {
    Materials materials = field.materials();
    for (int f = 0; f < cells.length; f++) {
      int c = cells[f];
      double k =
          materials.halfCellConductivity(field.material[c], field.oldEnthalpy[c], temperaturesC[f]);
      double conductance = areasM2[f] / (distancesM[f] / k + surfaceResistances[f]);
      conductances[f] = conductance;
      field.extraConductance[c] += conductance;
      field.right[c] += conductance * temperaturesC[f];
    }
  }

  /** Heat entering through all faces at the field's current temperatures, W. */
  double heatW(ImplicitStepper field) {
    double total = 0;
    for (int f = 0; f < cells.length; f++) {
      total += conductances[f] * (temperaturesC[f] - field.temperature[cells[f]]);
    }
    return total;
  }

  private static DomainFace domainFace(int axis, boolean upper) {
    for (DomainFace face : DomainFace.values()) {
      if (face.axis() == axis && face.isUpper() == upper) {
        return face;
      }
    }
    throw new IllegalArgumentException("axis " + axis);
  }
}
