package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vessels, thaw phases, nerve tracks and probes at an angle to the grid. */
class CartesianScenarioTest {

  private static final Logger LOG = LoggerFactory.getLogger(CartesianScenarioTest.class);

  private final CartesianSolver solver = new CartesianSolver(2);

  private CartesianSolution freeze(double seconds, List<Vessel> vessels) {
    return solver.solve(
        CartesianFixtures.singleProbe(
            CartesianFixtures.probe(400),
            true,
            List.of(new FreezeCycle(seconds, 0)),
            vessels,
            List.of(seconds),
            List.of()));
  }

  /** Distance from the probe axis to the 0 C front along x at z = 0, towards +x or -x. */
  private static double frontAlongXMm(TemperatureField field, double sign) {
    double previous = field.temperatureAtMm(sign, 0, 0);
    for (double r = 1.0; r < 15; r += 0.02) {
      double t = field.temperatureAtMm(sign * r, 0, 0);
      if (t > 0) {
        return r - 0.02 * t / (t - previous);
      }
      previous = t;
    }
    return 15;
  }

  @Test
  void solve_vesselAtBodyTemperature_shrinksTheIceOnItsSide() {
    var vessel =
        new Vessel(
            new Vector3(5, 0, -20),
            new Vector3(5, 0, 20),
            3,
            new Vessel.VesselWall.FixedTemperature(37));
    TemperatureField without = freeze(60, List.of()).fieldAt(60);
    TemperatureField with = freeze(60, List.of(vessel)).fieldAt(60);
    double free = frontAlongXMm(without, 1);
    double towardVessel = frontAlongXMm(with, 1);
    double awayFromVessel = frontAlongXMm(with, -1);
    LOG.info(
        "0 C front: {} mm without vessel, {} mm toward it, {} mm away",
        free,
        towardVessel,
        awayFromVessel);
    assertTrue(towardVessel < free - 0.2, "the vessel side must lose ice");
    assertTrue(towardVessel < awayFromVessel - 0.2, "the ice must be lopsided");
    assertEquals(37, with.temperatureAtMm(5, 0, 0), 1e-9, "the vessel holds blood temperature");
  }

  @Test
  void solve_activeThawAfterFreeze_thawsFasterThanPassive() {
    var probe = CartesianFixtures.probe(400);
    var track =
        NerveTrack.alongPolyline(
            "nerve", List.of(new Vector3(-10, 2, 0), new Vector3(10, 2, 0)), 1, 0);
    CartesianSolution passive =
        solver.solve(
            CartesianFixtures.singleProbe(
                probe,
                true,
                List.of(new FreezeCycle(40, 30)),
                List.of(),
                List.of(40.0, 70.0),
                List.of(track)));
    CartesianSolution active =
        solver.solve(
            CartesianFixtures.singleProbe(
                probe,
                true,
                List.of(new FreezeCycle(40, 0, 30)),
                Optional.of(new ActiveThaw.HeatInput(400)),
                List.of(),
                List.of(40.0, 70.0),
                List.of(track)));
    OptionalDouble passiveIce = passive.iceBall(0).diameterMm(0, 70);
    OptionalDouble activeIce = active.iceBall(0).diameterMm(0, 70);
    LOG.info("0 C diameter after the thaw: passive {}, active {}", passiveIce, activeIce);
    assertTrue(passive.fieldAt(70).minimumC() > passive.fieldAt(40).minimumC(), "thaw warms");
    assertTrue(
        activeIce.isEmpty() || activeIce.getAsDouble() < passiveIce.orElseThrow() - 0.5,
        "active thaw must melt more ice");
    assertTrue(active.energy().relativeImbalance() < 1e-7);

    TrackExposure exposure = passive.exposures().getFirst();
    List<Double> minimum = exposure.minimumTemperaturesC();
    List<Double> below = exposure.secondsBelowThreshold();
    int middle = minimum.size() / 2;
    LOG.info(
        "nerve track: minimum {} C, {} s below 0 C at the middle",
        minimum.get(middle),
        below.get(middle));
    assertTrue(minimum.get(middle) < -5, "the nerve crosses the ice 2 mm from the probe");
    assertTrue(below.get(middle) > 10 && below.get(middle) < 70);
    assertEquals(0, below.getFirst(), 0, "10 mm away the nerve never freezes");
    assertTrue(minimum.getFirst() > 30);
    assertTrue(exposure.shareReachingThreshold() > 0 && exposure.shareReachingThreshold() < 1);
  }

  @Test
  void solve_probeAtAnAngleToTheGrid_growsTheSameIce() {
    var probe = CartesianFixtures.probe(400);
    Vector3 direction = new Vector3(1, 1, 1).normalized();
    var oblique = new ProbePlacement(probe, direction.times(-5), direction, 1000);
    CartesianSolution tilted =
        solver.solve(
            new CartesianProblem(
                CartesianFixtures.genericCube(),
                false,
                true,
                List.of(oblique),
                List.of(new FreezeCycle(30, 0)),
                Optional.empty(),
                List.of(),
                List.of(),
                37,
                37,
                CartesianFixtures.SPACING_MM,
                CartesianProblem.defaultTimeStepSec(CartesianFixtures.SPACING_MM),
                List.of(30.0),
                List.of(0.0),
                List.of()));
    CartesianSolution aligned =
        solver.solve(
            CartesianFixtures.singleProbe(
                probe, true, List.of(new FreezeCycle(30, 0)), List.of(), List.of(30.0), List.of()));
    for (var figure : List.of("length", "diameter")) {
      double a =
          (figure.equals("length")
                  ? aligned.iceBall(0).lengthMm(0, 30)
                  : aligned.iceBall(0).diameterMm(0, 30))
              .orElseThrow();
      double t =
          (figure.equals("length")
                  ? tilted.iceBall(0).lengthMm(0, 30)
                  : tilted.iceBall(0).diameterMm(0, 30))
              .orElseThrow();
      LOG.info("0 C {} at 30 s: aligned {} mm, diagonal {} mm", figure, a, t);
      assertEquals(a, t, CartesianFixtures.SPACING_MM, figure);
    }
  }
}
