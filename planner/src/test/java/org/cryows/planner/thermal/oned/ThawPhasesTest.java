package org.cryows.planner.thermal.oned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.Test;

/** One-dimensional freeze, passive thaw and active thaw; exposure books. */
class ThawPhasesTest {

  private static final InnerBoundary WALL = new InnerBoundary.WallTemperature(-88);

  private Problem1d cylinder(
      InnerBoundary freeze,
      FreezeCycle cycle,
      Optional<ActiveThaw> activeThaw,
      List<Double> times) {
    return new Problem1d(
        Geometry1d.CYLINDRICAL,
        TissueCatalog.byName("generic"),
        false,
        freeze,
        1.0,
        37,
        37,
        0.1,
        times,
        List.of(-20.0),
        Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS,
        List.of(cycle),
        activeThaw,
        List.of(-20.0));
  }

  @Test
  void solve_thaws_shrinkTheColdCoreAndBooksStayBalanced() {
    List<Double> times = List.of(60.0, 120.0);
    Solution1d passive =
        new EnthalpySolver1d()
            .solve(cylinder(WALL, new FreezeCycle(60, 60), Optional.empty(), times));
    Solution1d active =
        new EnthalpySolver1d()
            .solve(
                cylinder(
                    WALL,
                    new FreezeCycle(60, 0, 60),
                    Optional.of(new ActiveThaw.WarmWall(30)),
                    times));
    double frozen = passive.frontMm(-20, 60).orElseThrow();
    assertTrue(passive.frontMm(-20, 120).orElse(0) < frozen);
    assertTrue(
        active.profiles().get(1).temperatureAtC(1.05)
            > passive.profiles().get(1).temperatureAtC(1.05) + 10,
        "a 30 C wall warms the tissue next to it");
    assertEquals(0, passive.energy().relativeImbalance(), 0.005);
    assertEquals(0, active.energy().relativeImbalance(), 0.005);
    double seconds = passive.exposure().secondsAtOrBelowC(-20, 1.5);
    assertTrue(seconds > 30 && seconds < 120, "seconds below -20 C at 1.5 mm: " + seconds);
    assertTrue(passive.exposure().minimumTemperatureC(1.05) < -60);
  }

  @Test
  void constructor_protocolShorterThanTheTimes_isRejected() {
    var error =
        assertThrows(
            InvalidThermalInputException.class,
            () -> cylinder(WALL, new FreezeCycle(60, 0), Optional.empty(), List.of(90.0)));
    assertTrue(error.getMessage().contains("after the end of the protocol"));
  }

  @Test
  void constructor_activeThawWithoutItsHeating_isRejected() {
    var error =
        assertThrows(
            InvalidThermalInputException.class,
            () -> cylinder(WALL, new FreezeCycle(60, 0, 30), Optional.empty(), List.of(90.0)));
    assertTrue(error.getMessage().contains("active thaw"), error.getMessage());
  }

  @Test
  void constructor_freezeOnAnInsulatedWall_isRejected() {
    assertThrows(
        InvalidThermalInputException.class,
        () ->
            cylinder(
                new InnerBoundary.Insulated(),
                new FreezeCycle(60, 0),
                Optional.empty(),
                List.of(60.0)));
  }
}
