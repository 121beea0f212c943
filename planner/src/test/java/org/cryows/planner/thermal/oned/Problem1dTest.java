package org.cryows.planner.thermal.oned;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.TissueCatalog;
import org.junit.jupiter.api.Test;

/** Invalid runs are refused with a message that says what to change, before any computation. */
class Problem1dTest {

  private static Problem1d problem(
      Geometry1d geometry,
      InnerBoundary boundary,
      double radiusMm,
      double spacingMm,
      List<Double> times) {
    return new Problem1d(
        geometry,
        TissueCatalog.byName("generic"),
        false,
        boundary,
        radiusMm,
        37,
        37,
        spacingMm,
        times,
        List.of(0.0),
        Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
  }

  private static void assertRejected(String expectedWords, Runnable construction) {
    var error = assertThrows(InvalidThermalInputException.class, construction::run);
    assertTrue(
        error.getMessage().contains(expectedWords),
        "message '" + error.getMessage() + "' should mention '" + expectedWords + "'");
  }

  private static final InnerBoundary WALL = new InnerBoundary.WallTemperature(-88);

  @Test
  void constructor_negativeTime_isRejected() {
    assertRejected(
        "zero or positive", () -> problem(Geometry1d.PLANAR, WALL, 0, 0.1, List.of(60.0, -5.0)));
  }

  @Test
  void constructor_decreasingTimes_isRejected() {
    assertRejected(
        "strictly increasing", () -> problem(Geometry1d.PLANAR, WALL, 0, 0.1, List.of(60.0, 30.0)));
  }

  @Test
  void constructor_spacingCoarserThanTheFirstTimeResolves_isRejected() {
    assertRejected(
        "grid too coarse", () -> problem(Geometry1d.PLANAR, WALL, 0, 0.5, List.of(1.0, 60.0)));
  }

  @Test
  void constructor_spacingCoarserThanTheProbeRadius_isRejected() {
    assertRejected(
        "grid too coarse", () -> problem(Geometry1d.CYLINDRICAL, WALL, 0.2, 0.2, List.of(60.0)));
  }

  @Test
  void constructor_spacingAboveOneMillimetre_isRejected() {
    assertRejected("grid too coarse", () -> problem(Geometry1d.PLANAR, WALL, 0, 2, List.of(600.0)));
  }

  @Test
  void constructor_lineSinkOffTheAxis_isRejected() {
    assertRejected(
        "radius 0",
        () ->
            problem(Geometry1d.CYLINDRICAL, new InnerBoundary.LineSink(80), 1, 0.1, List.of(60.0)));
  }

  @Test
  void constructor_lineSinkInPlanarGeometry_isRejected() {
    assertRejected(
        "cylinder",
        () -> problem(Geometry1d.PLANAR, new InnerBoundary.LineSink(80), 0, 0.1, List.of(60.0)));
  }

  @Test
  void constructor_probeNotAtTheDomainStart_isRejected() {
    var probe = new InnerBoundary.CooledProbe(ProbeCatalog.byId("handheld-27g-8.5"), 4480);
    assertRejected(
        "probe surface", () -> problem(Geometry1d.CYLINDRICAL, probe, 2.0, 0.1, List.of(60.0)));
  }

  @Test
  void constructor_regulatedTipNotResolved_isRejected() {
    var probe = new InnerBoundary.CooledProbe(ProbeCatalog.byId("console-14g-n2o"), 4480);
    assertRejected(
        "resolved", () -> problem(Geometry1d.CYLINDRICAL, probe, 1.05, 0.1, List.of(60.0)));
  }

  @Test
  void constructor_curvedWallWithoutRadius_isRejected() {
    assertRejected("--radius-mm", () -> problem(Geometry1d.SPHERICAL, WALL, 0, 0.1, List.of(60.0)));
  }
}
