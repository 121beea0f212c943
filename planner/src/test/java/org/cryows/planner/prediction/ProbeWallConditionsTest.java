package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The probe's wall conditions in 3-D against the axisymmetric model, beyond the catalog: a wall
 * held at a temperature on a probe wider than a cell's equivalent radius r0 (its cells out of the
 * tissue, links to the cells around them) and on one narrower than r0 (a line source: Peaceman's
 * well), and a warm wall thawing actively. Each within one 3-D cell.
 */
class ProbeWallConditionsTest {

  private static final Logger LOG = LoggerFactory.getLogger(ProbeWallConditionsTest.class);

  private static final PredictionService SERVICE = new PredictionService(new CartesianSolver(2));

  @AfterAll
  static void close() {
    SERVICE.close();
  }

  private static ProbeModel wallProbe(double diameterMm, double wallC) {
    return new ProbeModel(
        "wall-" + diameterMm,
        "a probe of " + diameterMm + " mm held at " + wallC + " C",
        OptionalInt.empty(),
        diameterMm,
        10,
        Gas.N2O,
        new ProbeCooling.SurfaceTemperature(wallC),
        new CoolingProvenance.Prescribed("test"));
  }

  /** Both models on the same request; 3-D at the spacing given, axisymmetric at its own. */
  private static void assertAgree(
      ProbeModel probe, FreezeProtocol protocol, List<Double> timesSec, double spacingMm) {
    var placed = new PlacedProbe(probe, new Vector3(0.13, -0.21, 0.07), new Vector3(0, 0, 1));
    var outputs = Outputs.defaults().withTimes(timesSec).withIsotherms(List.of(0.0, -20.0));
    var defaults = ModelOptions.defaults();
    Prediction axisymmetric =
        SERVICE.predict(
            new PredictionRequest(
                1,
                List.of(placed),
                new TissueMap.Homogeneous("generic"),
                List.of(),
                protocol,
                outputs,
                defaults.withPath(ModelPath.AXISYMMETRIC)));
    var threeDimensional =
        new ModelOptions(
            ModelPath.THREE_D,
            OptionalDouble.of(spacingMm),
            OptionalDouble.empty(),
            false,
            true,
            defaults.initialTemperatureC(),
            defaults.supplyPressureKPa(),
            defaults.console());
    Prediction threeD =
        SERVICE.predict(
            new PredictionRequest(
                2,
                List.of(placed),
                new TissueMap.Homogeneous("generic"),
                List.of(),
                protocol,
                outputs,
                threeDimensional));
    var a = axisymmetric.iceBalls().getFirst();
    var b = threeD.iceBalls().getFirst();
    for (double time : timesSec) {
      for (double isotherm : List.of(0.0, -20.0)) {
        String at = probe.id() + " at " + spacingMm + " mm, " + isotherm + " C at " + time + " s";
        LOG.info(
            "{}: length {} / {}, diameter {} / {}",
            at,
            a.lengthMm(isotherm, time),
            b.lengthMm(isotherm, time),
            a.diameterMm(isotherm, time),
            b.diameterMm(isotherm, time));
        assertEquals(
            a.lengthMm(isotherm, time).isPresent(),
            b.lengthMm(isotherm, time).isPresent(),
            at + ": ice in one model only");
        if (a.lengthMm(isotherm, time).isPresent()) {
          assertEquals(
              a.lengthMm(isotherm, time).getAsDouble(),
              b.lengthMm(isotherm, time).getAsDouble(),
              spacingMm,
              at + ", length");
          assertEquals(
              a.diameterMm(isotherm, time).getAsDouble(),
              b.diameterMm(isotherm, time).getAsDouble(),
              spacingMm,
              at + ", diameter");
        }
      }
    }
  }

  private static FreezeProtocol oneFreeze(double seconds) {
    return new FreezeProtocol(Gas.N2O, Gas.N2O.coldestTipC(), List.of(new FreezeCycle(seconds, 0)));
  }

  @Test
  void wallTemperature_probeWiderThanR0_withinOneCell() {
    // 1.2 mm against r0 = 0.099 mm at 0.5 mm.
    assertAgree(wallProbe(1.2, -40), oneFreeze(120), List.of(60.0, 120.0), 0.5);
  }

  @Test
  void wallTemperature_probeNarrowerThanR0_withinOneCell() {
    // 0.36 mm against r0 = 0.198 mm at 1 mm: a line source with Peaceman's link.
    assertAgree(wallProbe(0.36, -88), oneFreeze(120), List.of(60.0, 120.0), 1.0);
  }

  @Test
  void warmWallThaw_iceShrinksAlikeInBothModels() {
    var protocol =
        new FreezeProtocol(
            Gas.N2O,
            Gas.N2O.coldestTipC(),
            List.of(new FreezeCycle(120, 0, 30)),
            Optional.of(new ActiveThaw.WarmWall(30)));
    assertAgree(wallProbe(1.6, -60), protocol, List.of(120.0, 135.0, 150.0), 0.5);
  }

  @Test
  void warmWallThaw_meltsTheIceNearTheWall() {
    var protocol =
        new FreezeProtocol(
            Gas.N2O,
            Gas.N2O.coldestTipC(),
            List.of(new FreezeCycle(120, 0, 30)),
            Optional.of(new ActiveThaw.WarmWall(30)));
    var placed = new PlacedProbe(wallProbe(1.6, -60), Vector3.ZERO, new Vector3(0, 0, 1));
    var request =
        new PredictionRequest(
            1,
            List.of(placed),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            protocol,
            Outputs.defaults()
                .withTimes(List.of(120.0, 150.0))
                .withSamplePoints(List.of(new Vector3(1.3, 0, 5))),
            ModelOptions.defaults().withPath(ModelPath.THREE_D));
    var exposure = SERVICE.predict(request).exposures().getFirst();
    // 0.5 mm from the wall: frozen at the end of the freeze, above 0 C after the warm thaw.
    assertTrue(exposure.temperaturesC().get(0) < -20, exposure.toString());
    assertTrue(exposure.temperaturesC().get(1) > 0, exposure.toString());
  }
}
