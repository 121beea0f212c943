package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.axisym.ActiveSegmentCondition;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolution;
import org.cryows.planner.thermal.axisym.AxisymmetricSolver;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 3-D solver against the verified axisymmetric solver (itself checked against the 1-D cylinder,
 * planner README), and its own symmetry and heat books. One 60 s freeze of a 2 mm probe extracting
 * 400 W/m in generic tissue with perfusion, shared by the tests.
 */
class CartesianSolverTest {

  private static final Logger LOG = LoggerFactory.getLogger(CartesianSolverTest.class);

  private static final double WATTS_PER_M = 400;
  private static final double FREEZE_SEC = 60;

  private static CartesianSolution solution;

  @BeforeAll
  static void solveOnce() {
    solution =
        new CartesianSolver(2)
            .solve(
                CartesianFixtures.singleProbe(
                    CartesianFixtures.probe(WATTS_PER_M),
                    true,
                    List.of(new FreezeCycle(FREEZE_SEC, 0)),
                    List.of(),
                    List.of(30.0, FREEZE_SEC),
                    List.of()));
  }

  @Test
  void solve_singleProbe_agreesWithAxisymmetricWithinOneCell() {
    AxisymmetricSolution reference = axisymmetricReference();
    ProbeIceBall ice = solution.iceBall(0);
    for (double isotherm : List.of(0.0, -20.0)) {
      double length = ice.lengthMm(isotherm, FREEZE_SEC).orElseThrow();
      double diameter = ice.diameterMm(isotherm, FREEZE_SEC).orElseThrow();
      double referenceLength = reference.lengthMm(isotherm, FREEZE_SEC).orElseThrow();
      double referenceDiameter = reference.diameterMm(isotherm, FREEZE_SEC).orElseThrow();
      LOG.info(
          "{} C at {} s: length {} mm (axisym {}), diameter {} mm (axisym {})",
          isotherm,
          FREEZE_SEC,
          length,
          referenceLength,
          diameter,
          referenceDiameter);
      assertEquals(referenceLength, length, CartesianFixtures.SPACING_MM, "length " + isotherm);
      assertEquals(
          referenceDiameter, diameter, CartesianFixtures.SPACING_MM, "diameter " + isotherm);
    }
  }

  /**
   * The cells inside the probe radius hold probe, not tissue ({@link ProbeCore}): no latent heat is
   * spent there, so the widest ice matches the resolved probe of the axisymmetric solver within a
   * fifth of a cell. When those cells froze as tissue the 0 C diameter ran 0.20 mm low.
   */
  @Test
  void solve_singleProbe_diameterAgreesWithAxisymmetricWithinAFifthOfACell() {
    AxisymmetricSolution reference = axisymmetricReference();
    ProbeIceBall ice = solution.iceBall(0);
    for (double isotherm : List.of(0.0, -20.0)) {
      assertEquals(
          reference.diameterMm(isotherm, FREEZE_SEC).orElseThrow(),
          ice.diameterMm(isotherm, FREEZE_SEC).orElseThrow(),
          0.2 * CartesianFixtures.SPACING_MM,
          "diameter " + isotherm);
    }
  }

  private static AxisymmetricSolution axisymmetricReference() {
    var axisymmetric =
        new AxisymmetricProblem(
            TissueCatalog.byName("generic"),
            false,
            1.0,
            10,
            new ActiveSegmentCondition.Cooling(
                new ProbeCooling.LineHeatExtraction(WATTS_PER_M, 0, 1000), 1000),
            37,
            37,
            0.25,
            List.of(FREEZE_SEC),
            List.of(0.0, -20.0),
            12);
    return new AxisymmetricSolver().solve(axisymmetric);
  }

  @Test
  void solve_probeOnGridAxis_fieldSymmetricUnderQuarterTurnAboutIt() {
    TemperatureField field = solution.fieldAt(FREEZE_SEC);
    double largest = 0;
    for (double z = -8; z <= 8; z += 1.3) {
      for (double r = 0.4; r <= 8; r += 0.7) {
        for (double angle = 0; angle < Math.PI / 2; angle += 0.3) {
          double x = r * Math.cos(angle);
          double y = r * Math.sin(angle);
          double here = field.temperatureAtMm(x, y, z);
          for (int turn = 1; turn < 4; turn++) {
            double[] rotated = quarterTurns(x, y, turn);
            largest =
                Math.max(
                    largest, Math.abs(here - field.temperatureAtMm(rotated[0], rotated[1], z)));
          }
        }
      }
    }
    LOG.info("largest difference under quarter turns: {} C", largest);
    // The sweeps stop once no cell moves by more than the tolerance, and red-black order is not
    // symmetric under a quarter turn, so the field is symmetric to a few tolerances (largest at
    // the solidus kink near the ends of the active segment), far below a front shift: see the
    // isotherm radii below. (Measured: 0.074 C at the tolerance of 0.02 C, 0.0047 C at 0.002 C,
    // so the rest is the sweeps', not the probe wall's.)
    assertTrue(largest < 4 * CartesianSolver.TOLERANCE_C, "asymmetry " + largest + " C");
  }

  @Test
  void solve_probeOnGridAxis_isothermRadiiSymmetricUnderQuarterTurnAboutIt() {
    TemperatureField field = solution.fieldAt(FREEZE_SEC);
    double largest = 0;
    int compared = 0;
    for (double isotherm : List.of(0.0, -20.0)) {
      for (double z = -6; z <= 6; z += 1.3) {
        for (double angle = 0; angle < Math.PI / 2; angle += 0.3) {
          double radius = outermostRadiusMm(field, isotherm, angle, 0, z);
          if (Double.isNaN(radius)) {
            continue;
          }
          for (int turn = 1; turn < 4; turn++) {
            double turned = outermostRadiusMm(field, isotherm, angle, turn, z);
            largest = Math.max(largest, Math.abs(radius - turned));
            compared++;
          }
        }
      }
    }
    LOG.info("largest isotherm radius difference under quarter turns: {} mm", largest);
    assertTrue(compared > 300, "too few isotherm crossings compared: " + compared);
    assertTrue(largest < 0.01, "isotherm radii differ by " + largest + " mm");
  }

  /** (x, y) turned by quarter turns about the z axis. */
  private static double[] quarterTurns(double x, double y, int turns) {
    return switch (turns % 4) {
      case 0 -> new double[] {x, y};
      case 1 -> new double[] {-y, x};
      case 2 -> new double[] {-x, -y};
      default -> new double[] {y, -x};
    };
  }

  /**
   * Outermost radius from the probe axis, along the ray at {@code angle} turned by quarter turns,
   * at which the field crosses the isotherm; NaN if it does not.
   */
  private static double outermostRadiusMm(
      TemperatureField field, double isothermC, double angle, int turns, double z) {
    double step = 0.02;
    double previous = Double.NaN;
    double crossing = Double.NaN;
    for (double r = 1.0; r <= 10; r += step) {
      double[] point = quarterTurns(r * Math.cos(angle), r * Math.sin(angle), turns);
      double t = field.temperatureAtMm(point[0], point[1], z);
      if (previous <= isothermC && t > isothermC) {
        crossing = r - step + step * (isothermC - previous) / (t - previous);
      }
      previous = t;
    }
    return crossing;
  }

  @Test
  void solve_heatBooks_balanceToRoundingAndExtractionIsTheProbeLaw() {
    var energy = solution.energy();
    assertTrue(energy.relativeImbalance() < 1e-7, "imbalance " + energy.relativeImbalance());
    double extractedJ = WATTS_PER_M * 0.010 * FREEZE_SEC;
    assertEquals(-extractedJ, energy.sinkHeatJ(), 1e-9 * extractedJ);
    // The criterion: enthalpy change against the heat through probes, faces and blood.
    assertEquals(energy.suppliedHeatJ(), energy.enthalpyChangeJ(), 0.005 * extractedJ);
  }

  @Test
  void solve_outputs_keepModelVersionAndProblem() {
    assertEquals(CartesianSolver.MODEL_VERSION, solution.modelVersion());
    assertEquals(2, solution.fields().size());
    assertEquals(FREEZE_SEC, solution.fields().get(1).timeSec());
    assertTrue(solution.problem().probes().getFirst().probe().id().startsWith("test-2mm"));
  }

  @Test
  void solve_iceGrows_betweenOutputTimes() {
    ProbeIceBall ice = solution.iceBall(0);
    assertTrue(ice.diameterMm(0, 30).orElseThrow() < ice.diameterMm(0, FREEZE_SEC).orElseThrow());
    assertTrue(ice.lengthMm(0, 30).orElseThrow() < ice.lengthMm(0, FREEZE_SEC).orElseThrow());
  }

  @Test
  void isothermSurface_zeroDegrees_enclosesTheColdCells() {
    TemperatureField field = solution.fieldAt(FREEZE_SEC);
    IsothermSurface surface = field.isothermSurface(0);
    CartesianGrid grid = field.grid();
    double coldVolume = 0;
    for (int k = 0; k < grid.cells(2); k++) {
      for (int j = 0; j < grid.cells(1); j++) {
        for (int i = 0; i < grid.cells(0); i++) {
          if (field.temperatureC(i, j, k) <= 0) {
            coldVolume += grid.sizeMm(0, i) * grid.sizeMm(1, j) * grid.sizeMm(2, k);
          }
        }
      }
    }
    double enclosed = surface.enclosedVolumeMm3();
    LOG.info(
        "0 C surface: {} triangles, {} mm3 enclosed, cold cells {} mm3",
        surface.triangles().size(),
        enclosed,
        coldVolume);
    assertEquals(coldVolume, enclosed, 0.1 * coldVolume);
  }

  @Test
  void contour_planeAcrossTheProbe_isACircleOfTheIceDiameter() {
    TemperatureField field = solution.fieldAt(FREEZE_SEC);
    SectionPlane plane =
        SectionPlane.centredOn(
            new Vector3(0, 0, 0), new Vector3(1, 0, 0), new Vector3(0, 1, 0), 20, 0.1);
    IsothermContour contour = field.contour(plane, 0);
    double diameter = solution.iceBall(0).diameterMm(0, FREEZE_SEC).orElseThrow();
    LOG.info(
        "0 C contour in the mid plane: {} mm long, ice diameter {} mm",
        contour.totalLengthMm(),
        diameter);
    // The widest section is near the middle of the active segment.
    assertEquals(Math.PI * diameter, contour.totalLengthMm(), 0.05 * Math.PI * diameter);
  }
}
