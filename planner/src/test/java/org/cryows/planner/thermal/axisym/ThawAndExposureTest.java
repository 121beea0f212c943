package org.cryows.planner.thermal.axisym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.Test;

/** Freeze, passive and active thaw in sequence; exposure, contours and the skin. */
class ThawAndExposureTest {

  private static final double FREEZE_SEC = 60;
  private static final ActiveSegmentCondition COLD_WALL =
      new ActiveSegmentCondition.WallTemperature(-88);

  private final TissueProperties tissue = TissueCatalog.byName("generic");
  private final AxisymmetricSolver solver = new AxisymmetricSolver();

  private AxisymmetricProblem problem(
      FreezeCycle cycle, Optional<ActiveThaw> activeThaw, List<Double> times) {
    return new AxisymmetricProblem(
        tissue,
        false,
        1.0,
        10,
        COLD_WALL,
        List.of(cycle),
        activeThaw,
        Optional.empty(),
        37,
        37,
        0.25,
        4,
        times,
        List.of(0.0, -20.0),
        List.of(-20.0),
        12);
  }

  @Test
  void solve_passiveThaw_iceShrinksAndActiveThawShrinksItFaster() {
    double thawSec = 60;
    List<Double> times = List.of(FREEZE_SEC, FREEZE_SEC + thawSec);
    AxisymmetricSolution passive =
        solver.solve(problem(new FreezeCycle(FREEZE_SEC, thawSec), Optional.empty(), times));
    AxisymmetricSolution active =
        solver.solve(
            problem(
                new FreezeCycle(FREEZE_SEC, 0, thawSec),
                Optional.of(new ActiveThaw.HeatInput(80)),
                times));
    double frozen = passive.diameterMm(-20, FREEZE_SEC).orElseThrow();
    assertEquals(frozen, active.diameterMm(-20, FREEZE_SEC).orElseThrow(), 1e-12);
    OptionalDouble afterPassive = passive.diameterMm(-20, FREEZE_SEC + thawSec);
    OptionalDouble afterActive = active.diameterMm(-20, FREEZE_SEC + thawSec);
    assertTrue(afterPassive.orElse(0) < frozen, "the -20 C core warms without extraction");
    // Warm gas thaws from the probe outwards; the outer edge of the cold ring thaws as before.
    assertTrue(afterActive.orElse(0) <= afterPassive.orElse(0), "warm gas never slows thawing");
    assertTrue(active.energy().sinkHeatJ() > passive.energy().sinkHeatJ(), "heat was put in");
  }

  @Test
  void solve_exposure_recordsTheColdestTemperatureAndTimeBelowThreshold() {
    AxisymmetricSolution solution =
        solver.solve(
            problem(
                new FreezeCycle(FREEZE_SEC, 30),
                Optional.empty(),
                List.of(FREEZE_SEC, FREEZE_SEC + 30)));
    ExposureMap exposure = solution.exposure().orElseThrow();
    double nearProbe = exposure.minimumTemperatureC(1.2, 5);
    double farAway = exposure.minimumTemperatureC(30, 5);
    assertTrue(nearProbe < -40, "next to a -88 C wall: " + nearProbe);
    assertTrue(farAway > 30, "far tissue barely cools: " + farAway);
    double seconds = exposure.secondsAtOrBelowC(-20, 1.2, 5);
    assertTrue(seconds > 0.5 * FREEZE_SEC && seconds <= FREEZE_SEC + 30, "seconds " + seconds);
    assertEquals(0, exposure.secondsAtOrBelowC(-20, 30, 5));
  }

  @Test
  void solve_contour_reachesTheMeasuredDiameterAndLength() {
    AxisymmetricSolution solution =
        solver.solve(
            problem(new FreezeCycle(FREEZE_SEC, 0), Optional.empty(), List.of(FREEZE_SEC)));
    IsothermContour contour = solution.contour(-20, FREEZE_SEC);
    double widest =
        contour.lines().stream()
            .flatMap(List::stream)
            .mapToDouble(IsothermContour.PointRz::radiusMm)
            .max()
            .orElseThrow();
    double lowest =
        contour.lines().stream()
            .flatMap(List::stream)
            .mapToDouble(IsothermContour.PointRz::axialMm)
            .min()
            .orElseThrow();
    assertEquals(solution.diameterMm(-20, FREEZE_SEC).orElseThrow() / 2, widest, 0.3);
    assertTrue(lowest < 0, "the ice reaches below the tip");
  }

  @Test
  void solve_skinWarmer_keepsTheSkinWarmer() {
    double depthMm = 14;
    SkinSurface room = new SkinSurface(depthMm, 10, 22, OptionalDouble.empty());
    SkinSurface warmer = new SkinSurface(depthMm, 200, 22, OptionalDouble.of(40));
    double[] skinC = new double[2];
    int n = 0;
    for (SkinSurface skin : List.of(room, warmer)) {
      var problem =
          new AxisymmetricProblem(
              tissue,
              false,
              1.0,
              10,
              COLD_WALL,
              List.of(new FreezeCycle(120, 0)),
              Optional.empty(),
              Optional.of(skin),
              37,
              37,
              0.25,
              4,
              List.of(120.0),
              List.of(0.0),
              List.of(-20.0),
              12);
      skinC[n++] = solver.solve(problem).exposure().orElseThrow().minimumTemperatureC(1.3, 13.9);
    }
    assertTrue(skinC[1] > skinC[0] + 1, "warmer " + skinC[1] + " C, room " + skinC[0] + " C");
  }
}
