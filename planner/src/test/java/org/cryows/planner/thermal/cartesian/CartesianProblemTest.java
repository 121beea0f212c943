package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.Test;

/** Bad input is refused before any computation, with a message that says what to change. */
class CartesianProblemTest {

  private static CartesianProblem problem(
      TissueLabelVolume labels, ProbePlacement probe, double spacingMm, List<Double> times) {
    return new CartesianProblem(
        labels,
        false,
        true,
        List.of(probe),
        List.of(new FreezeCycle(60, 0)),
        Optional.empty(),
        List.of(),
        List.of(),
        37,
        37,
        spacingMm,
        1,
        times,
        List.of(0.0),
        List.of());
  }

  private static void assertRefused(String expectedFragment, Runnable build) {
    var error = assertThrows(InvalidThermalInputException.class, build::run);
    assertTrue(
        error.getMessage().contains(expectedFragment),
        () -> "message '" + error.getMessage() + "' should name '" + expectedFragment + "'");
  }

  @Test
  void constructor_probeOutsideTheDomain_refused() {
    var outside =
        new ProbePlacement(
            CartesianFixtures.probe(100), new Vector3(0, 0, 15), new Vector3(0, 0, 1), 1000);
    assertRefused(
        "leaves the domain",
        () -> problem(CartesianFixtures.genericCube(), outside, 0.5, List.of(60.0)));
  }

  @Test
  void constructor_labelWithoutTissue_refusedNamingTheLabel() {
    var labels =
        TissueLabelVolume.builder(new Vector3(-20, -20, -20), 1, 40, 40, 40, 1)
            .tissue(1, "muscle")
            .fillBox(new Vector3(-20, -20, -20), new Vector3(20, -15, 20), 7)
            .build();
    assertRefused(
        "label 7",
        () ->
            problem(
                labels,
                CartesianFixtures.centredProbe(CartesianFixtures.probe(100)),
                0.5,
                List.of(60.0)));
  }

  @Test
  void constructor_labelNamingUnknownTissue_refused() {
    var labels =
        TissueLabelVolume.builder(new Vector3(-20, -20, -20), 1, 40, 40, 40, 1)
            .tissue(1, "marrow")
            .build();
    assertRefused(
        "unknown tissue 'marrow'",
        () ->
            problem(
                labels,
                CartesianFixtures.centredProbe(CartesianFixtures.probe(100)),
                0.5,
                List.of(60.0)));
  }

  @Test
  void constructor_gridTooCoarse_refused() {
    assertRefused(
        "grid too coarse",
        () ->
            problem(
                CartesianFixtures.genericCube(),
                CartesianFixtures.centredProbe(CartesianFixtures.probe(100)),
                2.0,
                List.of(60.0)));
  }

  @Test
  void constructor_outputAfterTheProtocol_refused() {
    assertRefused(
        "after the end of the protocol",
        () ->
            problem(
                CartesianFixtures.genericCube(),
                CartesianFixtures.centredProbe(CartesianFixtures.probe(100)),
                0.5,
                List.of(90.0)));
  }

  @Test
  void constructor_negativeTime_refused() {
    assertRefused(
        "zero or positive",
        () ->
            problem(
                CartesianFixtures.genericCube(),
                CartesianFixtures.centredProbe(CartesianFixtures.probe(100)),
                0.5,
                List.of(-1.0)));
  }

  @Test
  void solve_probeThroughAVessel_refusedBeforeComputing() {
    var probe = CartesianFixtures.centredProbe(CartesianFixtures.probe(100));
    var vessel =
        new Vessel(
            new Vector3(-20, 0, 0),
            new Vector3(20, 0, 0),
            2,
            new Vessel.VesselWall.FixedTemperature(37));
    var problem =
        new CartesianProblem(
            CartesianFixtures.genericCube(),
            false,
            true,
            List.of(probe),
            List.of(new FreezeCycle(60, 0)),
            Optional.empty(),
            List.of(vessel),
            List.of(),
            37,
            37,
            0.5,
            1,
            List.of(60.0),
            List.of(0.0),
            List.of());
    assertRefused("runs through vessel 0", () -> new CartesianSolver(1).solve(problem));
  }
}
