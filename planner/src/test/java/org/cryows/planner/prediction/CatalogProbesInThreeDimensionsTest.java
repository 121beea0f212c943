package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every catalog probe, alone in generic tissue, through the axisymmetric model (its probe resolved
 * at 0.15 mm or finer) and the 3-D model at its default 0.5 mm: the ice must agree within one 3-D
 * cell. The same protocol for all, the knee's shape (two freezes of 150 s, each followed by a 60 s
 * thaw) with the tip at the coldest the gas reaches at the console's regulated pressure, so each
 * probe's wall condition acts: the console probes' regulated tip (convection to a held tip) and the
 * handheld needle's W/m. Before the 3-D model gave a probe wider than a cell's equivalent radius
 * its wall, the 14G CO2 probe's -20 C diameter after 120 s was 0.92 mm in 3-D against 5.33 mm.
 */
class CatalogProbesInThreeDimensionsTest {

  private static final Logger LOG =
      LoggerFactory.getLogger(CatalogProbesInThreeDimensionsTest.class);

  private static final double CELL_MM = PredictionDefaults.THREE_D_SPACING_MM;

  private static final List<Double> TIMES_SEC = List.of(60.0, 150.0, 210.0, 360.0, 420.0);

  private static final PredictionService SERVICE = new PredictionService(new CartesianSolver(2));

  @AfterAll
  static void close() {
    SERVICE.close();
  }

  private static FreezeProtocol kneeShapedProtocol(ProbeModel probe) {
    return new FreezeProtocol(
        probe.gas(),
        probe.gas().coldestTipC(),
        List.of(new FreezeCycle(150, 60), new FreezeCycle(150, 60)));
  }

  private static Prediction predict(
      ProbeModel probe, Vector3 towardHandle, ModelPath path, List<Double> isothermsC) {
    var request =
        new PredictionRequest(
            1,
            List.of(new PlacedProbe(probe, new Vector3(0.13, -0.21, 0.07), towardHandle)),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            kneeShapedProtocol(probe),
            Outputs.defaults().withTimes(TIMES_SEC).withIsotherms(isothermsC),
            ModelOptions.defaults().withPath(path));
    Prediction prediction = SERVICE.predict(request);
    assertEquals(path, prediction.path());
    return prediction;
  }

  /** Lengths and diameters of every isotherm at every time within the tolerance, or both none. */
  private static void assertAgree(
      String what, ProbeIceBall expected, ProbeIceBall actual, List<Double> isothermsC) {
    for (double time : TIMES_SEC) {
      for (double isotherm : isothermsC) {
        OptionalDouble lengthA = expected.lengthMm(isotherm, time);
        OptionalDouble lengthB = actual.lengthMm(isotherm, time);
        OptionalDouble diameterA = expected.diameterMm(isotherm, time);
        OptionalDouble diameterB = actual.diameterMm(isotherm, time);
        String at = what + ", " + isotherm + " C at " + time + " s";
        LOG.info(
            "{}: length {} / {}, diameter {} / {}", at, lengthA, lengthB, diameterA, diameterB);
        assertEquals(lengthA.isPresent(), lengthB.isPresent(), at + ": ice in one model only");
        if (lengthA.isPresent()) {
          assertEquals(lengthA.getAsDouble(), lengthB.getAsDouble(), CELL_MM, at + ", length");
          assertEquals(
              diameterA.getAsDouble(), diameterB.getAsDouble(), CELL_MM, at + ", diameter");
        }
      }
    }
  }

  @Test
  void consoleProbes_threeDimensionalIceWithinOneCellOfTheAxisymmetric() {
    List<Double> isotherms = List.of(0.0, -20.0);
    int compared = 0;
    for (ProbeModel probe : ProbeCatalog.all()) {
      if (!(probe.cooling() instanceof ProbeCooling.RegulatedTip)) {
        continue;
      }
      Vector3 alongZ = new Vector3(0, 0, 1);
      Prediction axisymmetric = predict(probe, alongZ, ModelPath.AXISYMMETRIC, isotherms);
      Prediction threeD = predict(probe, alongZ, ModelPath.THREE_D, isotherms);
      assertAgree(
          probe.id(), axisymmetric.iceBalls().getFirst(), threeD.iceBalls().getFirst(), isotherms);
      // Both ice balls exist at the end of each freeze: the comparison is not of two absences.
      assertTrue(threeD.iceBalls().getFirst().diameterMm(-20, 150).isPresent(), probe.id());
      compared++;
    }
    assertEquals(6, compared, "14G, 16G and 18G console probes for CO2 and for N2O");
  }

  /**
   * The handheld 27G needle's placeholder extracts 32.5 W/m at the console's regulated pressure,
   * too little to freeze tissue around it in either model (its 0 C shell at the rated 5516 kPa is
   * 0.06 mm thick, a tenth of a 3-D cell). The cold it makes is compared instead: the +20 C and +30
   * C isotherms (1.4-6 mm wide), which both models resolve. The +10 C one is a shell 0.07-0.17 mm
   * thick around the needle, as thin as its ice would be: its length comes out up to 1.4 mm short
   * in 3-D, as a 0 C shell would.
   */
  @Test
  void handheldNeedle_noIceInEitherModel_andTheColdAgreesWithinOneCell() {
    ProbeModel needle = ProbeCatalog.byId("handheld-27g-8.5");
    List<Double> isotherms = List.of(0.0, -20.0, 20.0, 30.0);
    Vector3 alongZ = new Vector3(0, 0, 1);
    Prediction axisymmetric = predict(needle, alongZ, ModelPath.AXISYMMETRIC, isotherms);
    Prediction threeD = predict(needle, alongZ, ModelPath.THREE_D, isotherms);
    assertAgree(
        needle.id(), axisymmetric.iceBalls().getFirst(), threeD.iceBalls().getFirst(), isotherms);
    for (double time : TIMES_SEC) {
      assertTrue(threeD.iceBalls().getFirst().diameterMm(0, time).isEmpty(), "no ice");
    }
    assertTrue(threeD.iceBalls().getFirst().diameterMm(20, 150).isPresent(), "cold tissue");
  }

  /** A probe at an angle to every grid axis makes the same ice as one along an axis. */
  @Test
  void obliqueProbe_sameIceAsAlongAGridAxisWithinOneCell() {
    ProbeModel probe = ProbeCatalog.byId("console-14g-co2");
    List<Double> isotherms = List.of(0.0, -20.0);
    Prediction aligned = predict(probe, new Vector3(0, 0, 1), ModelPath.THREE_D, isotherms);
    Prediction oblique = predict(probe, new Vector3(0.3, 0.5, 0.8), ModelPath.THREE_D, isotherms);
    assertAgree(
        probe.id() + " oblique against aligned",
        aligned.iceBalls().getFirst(),
        oblique.iceBalls().getFirst(),
        isotherms);
  }
}
