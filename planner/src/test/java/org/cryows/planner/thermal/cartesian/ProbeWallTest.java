package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.junit.jupiter.api.Test;

/** The links of a probe's wall to the tissue, on their own grid. */
class ProbeWallTest {

  private static final double SPACING_MM = 0.5;

  /** A wall, its grid and the cells the probe took, as the solver builds them. */
  private record Built(
      CartesianGrid grid, ImplicitStepper field, int[] coveredBy, ProbeWall wall) {}

  private static Built build(ProbeModel model, Vector3 tipMm, Vector3 towardHandle) {
    return build(model, tipMm, towardHandle, null);
  }

  private static Built build(ProbeModel model, Vector3 tipMm, Vector3 towardHandle, Vessel vessel) {
    var probe = new ProbePlacement(model, tipMm, towardHandle, 4480);
    CartesianGrid grid =
        CartesianGrid.graded(
            new Vector3(-12, -12, -12),
            new Vector3(12, 12, 12),
            new Vector3(-12, -12, -12),
            new Vector3(12, 12, 12),
            SPACING_MM);
    int cells = grid.cellCount();
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    int[] probeOfCentre = new int[cells];
    int[] vesselOfCell = new int[cells];
    Arrays.fill(vesselOfCell, -1);
    for (int k = 0; k < grid.cells(2); k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          Vector3 centre = grid.cellCentreMm(i, j, k);
          int plain = (k * ny + j) * nx + i;
          probeOfCentre[plain] = probe.containsMm(centre) ? 0 : -1;
          if (vessel != null && vessel.containsMm(centre)) {
            vesselOfCell[plain] = 0;
          }
        }
      }
    }
    int[] coveredBy =
        ProbeWall.cellsOfProbes(grid, List.of(probe), SPACING_MM, probeOfCentre, vesselOfCell);
    byte[] material = new byte[cells];
    for (int plain = 0; plain < cells; plain++) {
      material[plain] =
          coveredBy[plain] >= 0 || vesselOfCell[plain] >= 0 ? ImplicitStepper.NOT_TISSUE : 0;
    }
    try (var workers = new SlabWorkers(1)) {
      var field =
          new ImplicitStepper(
              grid,
              new Materials(List.of(EnthalpyModel.of(TissueCatalog.byName("generic"), false))),
              material,
              37,
              37,
              new double[cells],
              workers);
      return new Built(
          grid, field, coveredBy, ProbeWall.build(grid, field, probe, 0, coveredBy, vesselOfCell));
    }
  }

  private static double wallAreaM2(ProbeModel probe) {
    double radiusM = probe.radiusMm() * 1e-3;
    return 2 * Math.PI * radiusM * probe.activeLengthMm() * 1e-3 + Math.PI * radiusM * radiusM;
  }

  @Test
  void links_shareTheWholeWall_andReachOnlyTissue_atAnyOffsetAndAngle() {
    List<Vector3> tips =
        List.of(
            new Vector3(0, 0, -5), // axis on a cell edge
            new Vector3(0.25, 0.25, -5.1), // axis through cell centres
            new Vector3(0.13, -0.21, -4.93)); // anywhere
    List<Vector3> directions =
        List.of(new Vector3(0, 0, 1), new Vector3(0.3, 0.5, 0.8), new Vector3(1, 1, 1));
    for (String id : List.of("console-14g-co2", "console-18g-n2o")) {
      ProbeModel model = ProbeCatalog.byId(id);
      for (Vector3 tip : tips) {
        for (Vector3 direction : directions) {
          Built built = build(model, tip, direction);
          ProbeWall wall = built.wall();
          // Every ray found tissue: the links carry the lateral wall and the tip disk whole.
          assertEquals(wallAreaM2(model), wall.totalAreaM2, 1e-12 * wall.totalAreaM2);
          for (int n = 0; n < wall.linkCount(); n++) {
            assertTrue(built.field().material[wall.cells[n]] >= 0, "a link ends in tissue");
            assertTrue(wall.pathsM[n] > 0, "a link has a conduction path");
            // R ln(r / R) with r at most a cell's diagonal and a half beyond the wall.
            assertTrue(wall.pathsM[n] < 2e-3, "path " + wall.pathsM[n] + " m");
          }
        }
      }
    }
  }

  /** A wall within a cell of a vessel leaves that share out; the rest still reaches tissue. */
  @Test
  void links_wallBesideAVessel_leaveOutTheShareFacingItOnly() {
    ProbeModel model = ProbeCatalog.byId("console-14g-co2");
    // A 2 mm vessel along x, its wall 0.6 mm from the probe's wall.
    var vessel =
        new Vessel(
            new Vector3(-12, 2.65, 0),
            new Vector3(12, 2.65, 0),
            2,
            new Vessel.VesselWall.FixedTemperature(37));
    Built built = build(model, new Vector3(0.13, -0.21, -5), new Vector3(0, 0, 1), vessel);
    ProbeWall wall = built.wall();
    assertTrue(wall.totalAreaM2 < wallAreaM2(model), "the share facing the vessel is left out");
    assertTrue(wall.totalAreaM2 > 0.9 * wallAreaM2(model), "the rest is kept");
    for (int n = 0; n < wall.linkCount(); n++) {
      assertTrue(built.field().material[wall.cells[n]] >= 0, "a link ends in tissue");
    }
  }

  @Test
  void cellsOfProbes_holdEveryCellTheAxisCrossesAndEveryCentreInside() {
    ProbeModel model = ProbeCatalog.byId("console-16g-co2");
    var probe = new ProbePlacement(model, new Vector3(0.13, -0.21, -4.93), new Vector3(1, 2, 3), 0);
    Built built = build(model, probe.tipMm(), probe.towardHandle());
    CartesianGrid grid = built.grid();
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    for (var share :
        LineSourceSpreading.spread(
            grid, probe.tipMm(), probe.axisPointMm(probe.probe().activeLengthMm()))) {
      int plain = (share.k() * ny + share.j()) * nx + share.i();
      assertEquals(0, built.coveredBy()[plain], "a cell the axis crosses is the probe's");
    }
    for (int k = 0; k < grid.cells(2); k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          if (probe.containsMm(grid.cellCentreMm(i, j, k))) {
            assertEquals(0, built.coveredBy()[(k * ny + j) * nx + i]);
          }
        }
      }
    }
  }

  @Test
  void links_probeAlongAGridAxis_sameUnderQuarterTurnsAboutIt() {
    ProbeModel model = ProbeCatalog.byId("console-14g-co2");
    Built built = build(model, new Vector3(0, 0, -5), new Vector3(0, 0, 1));
    CartesianGrid grid = built.grid();
    ProbeWall wall = built.wall();
    java.util.Map<Integer, Double> areaOfCell = new java.util.HashMap<>();
    for (int n = 0; n < wall.linkCount(); n++) {
      areaOfCell.merge(wall.cells[n], wall.areasM2[n], Double::sum);
    }
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    for (var entry : areaOfCell.entrySet()) {
      int c = entry.getKey();
      int i = c % (nx + 2) - 1;
      int j = (c / (nx + 2)) % (ny + 2) - 1;
      int k = c / ((nx + 2) * (ny + 2)) - 1;
      Vector3 centre = grid.cellCentreMm(i, j, k);
      // (x, y) turned by a quarter turn about the z axis: (-y, x).
      int turned =
          built
              .field()
              .index(grid.cellIndex(0, -centre.y()) + 1, grid.cellIndex(1, centre.x()) + 1, k + 1);
      Double turnedArea = areaOfCell.get(turned);
      assertNotNull(turnedArea, "the turned cell has a link too");
      assertEquals(entry.getValue(), turnedArea, 1e-9 * entry.getValue());
    }
    assertFalse(areaOfCell.isEmpty());
  }
}
