package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.JouleThomsonTip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PredictionServiceTest {

  private static final PredictionService SERVICE = new PredictionService();

  @AfterAll
  static void close() {
    SERVICE.close();
  }

  @Test
  void predict_co2Setpoint_warmerSetpointSmallerIceAndTheTipNeverColderThanTheGasGoes() {
    var probe = PredictionFixtures.co2ProbeAtOrigin();
    Prediction at60 =
        SERVICE.predict(
            PredictionFixtures.oneProbe(
                1, probe, List.of(), PredictionFixtures.co2Freeze(-60, 120)));
    Prediction at75 =
        SERVICE.predict(
            PredictionFixtures.oneProbe(
                2, probe, List.of(), PredictionFixtures.co2Freeze(-75, 120)));
    Prediction at78 =
        SERVICE.predict(
            PredictionFixtures.oneProbe(
                3, probe, List.of(), PredictionFixtures.co2Freeze(-78, 120)));
    double d60 = at60.iceBalls().getFirst().diameterMm(-20, 120).orElseThrow();
    double d75 = at75.iceBalls().getFirst().diameterMm(-20, 120).orElseThrow();
    assertTrue(d60 < d75, "-20 C ice at -60 C " + d60 + " mm, at -75 C " + d75 + " mm");
    assertEquals(-60, at60.heldTipsC().getFirst().getAsDouble());
    // The simulator's CO2 tip levels off at -75.7 C at the regulated 4480 kPa: a -78 C setpoint
    // must not predict a -78 C tip.
    double reachable =
        JouleThomsonTip.reachableTipC(
            org.cryows.treatment.Gas.CO2, 4480, ConsoleCapabilities.STANDARD);
    assertEquals(reachable, at78.heldTipsC().getFirst().getAsDouble(), 1e-12);
    assertEquals(-75.68, reachable, 0.01);
    assertEquals(1, at60.requestId());
    assertEquals(ModelPath.AXISYMMETRIC, at60.path());
  }

  @Test
  void predict_sameQuestionForAMovedProbe_sameIceCarriedToTheNewPlace() {
    var here = PredictionFixtures.co2ProbeAtOrigin();
    var there = new PlacedProbe(here.probe(), new Vector3(10, -5, 3), new Vector3(1, 1, 0));
    var protocol = PredictionFixtures.co2Freeze(-70, 60);
    Prediction first = SERVICE.predict(PredictionFixtures.oneProbe(10, here, List.of(), protocol));
    var plane =
        SectionPlane.centredOn(
            new Vector3(10, -5, 8), new Vector3(1, 1, 0), new Vector3(0, 0, 1), 30, 0.25);
    var moved =
        new PredictionRequest(
            11,
            List.of(there),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            protocol,
            Outputs.defaults()
                .withContourPlanes(List.of(plane))
                .withSamplePoints(List.of(there.axisPointMm(5).plus(new Vector3(0, 0, 2)))),
            ModelOptions.defaults());
    Prediction second = SERVICE.predict(moved);
    assertEquals(
        first.iceBalls().getFirst().diameterMm(0, 60),
        second.iceBalls().getFirst().diameterMm(0, 60));
    assertEquals(11, second.requestId());
    // The plane holds the probe's axis: the 0 C line spans the ice's diameter across it.
    var contour =
        second.contours().stream()
            .filter(c -> c.contour().isothermC() == 0 && c.timeSec() == 60)
            .findFirst()
            .orElseThrow()
            .contour();
    double uMin = Double.MAX_VALUE;
    double uMax = -Double.MAX_VALUE;
    double vMin = Double.MAX_VALUE;
    double vMax = -Double.MAX_VALUE;
    for (var segment : contour.segments()) {
      uMin = Math.min(uMin, Math.min(segment.u0Mm(), segment.u1Mm()));
      uMax = Math.max(uMax, Math.max(segment.u0Mm(), segment.u1Mm()));
      vMin = Math.min(vMin, Math.min(segment.v0Mm(), segment.v1Mm()));
      vMax = Math.max(vMax, Math.max(segment.v0Mm(), segment.v1Mm()));
    }
    // u runs along the probe, v across it.
    double length = second.iceBalls().getFirst().lengthMm(0, 60).orElseThrow();
    double diameter = second.iceBalls().getFirst().diameterMm(0, 60).orElseThrow();
    assertEquals(length, uMax - uMin, 0.5, "contour extent along the probe against its length");
    assertEquals(
        diameter, vMax - vMin, 0.5, "contour extent across the probe against its diameter");
    var exposure = second.exposures().getFirst();
    assertEquals(PointExposure.Where.TISSUE, exposure.where());
    assertTrue(exposure.minimumTemperatureC() < -20, "2 mm from the probe: " + exposure);
    assertTrue(exposure.secondsAtOrBelow().getFirst() > 10, exposure.toString());
  }

  @Test
  void predict_vesselFarFromTheIce_axisymmetricSaysHowFar() {
    Prediction prediction =
        SERVICE.predict(
            PredictionFixtures.oneProbe(
                1,
                PredictionFixtures.co2ProbeAtOrigin(),
                List.of(PredictionFixtures.vesselAt(25, 5)),
                PredictionFixtures.co2Freeze(-70, 60)));
    assertEquals(ModelPath.AXISYMMETRIC, prediction.path());
    assertTrue(prediction.pathReason().contains("a vessel lies"), prediction.pathReason());
  }

  @Test
  void predict_vesselNearTheIce_threeDimensionalAndTheIceShrinksTowardsIt() {
    var probe = PredictionFixtures.co2ProbeAtOrigin();
    var protocol = PredictionFixtures.co2Freeze(-75, 60);
    Prediction without =
        SERVICE.predict(PredictionFixtures.oneProbe(1, probe, List.of(), protocol));
    Prediction with =
        SERVICE.predict(
            PredictionFixtures.oneProbe(
                2, probe, List.of(PredictionFixtures.vesselAt(6, 5)), protocol));
    assertEquals(ModelPath.THREE_D, with.path());
    assertTrue(with.pathReason().contains("under 10 mm"), with.pathReason());
    assertTrue(with.modelVersion().startsWith("cartesian-enthalpy"));
    assertEquals("outside", with.validity().status().name().toLowerCase());
    double free = without.iceBalls().getFirst().diameterMm(0, 60).orElseThrow();
    double nearVessel = with.iceBalls().getFirst().diameterMm(0, 60).orElseThrow();
    assertTrue(nearVessel < free + 0.5, "a warm vessel cannot grow the ice: " + nearVessel);
  }

  @Test
  void predict_twoProbes_threeDimensional() {
    var protocol = PredictionFixtures.co2Freeze(-75, 30);
    var a = PredictionFixtures.co2ProbeAtOrigin();
    var b = new PlacedProbe(a.probe(), new Vector3(6, 0, 0), new Vector3(0, 0, 1));
    var request =
        new PredictionRequest(
            7,
            List.of(a, b),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            protocol,
            Outputs.defaults().withSurfaces(true),
            ModelOptions.defaults());
    Prediction prediction = SERVICE.predict(request);
    assertEquals(ModelPath.THREE_D, prediction.path());
    assertEquals(2, prediction.iceBalls().size());
    assertTrue(prediction.pathReason().startsWith("2 probes"), prediction.pathReason());
    var surface = prediction.surfaces().getFirst().surface();
    assertTrue(surface.enclosedVolumeMm3() > 0, "a closed 0 C surface around both probes");
  }

  @Test
  void predict_surfaceOfRevolution_enclosesTheIceAndPointsOutwards() {
    var request =
        PredictionFixtures.oneProbe(
            1,
            PredictionFixtures.co2ProbeAtOrigin(),
            List.of(),
            PredictionFixtures.co2Freeze(-75, 60));
    request =
        new PredictionRequest(
            1,
            request.probes(),
            request.tissue(),
            request.structures(),
            request.protocol(),
            Outputs.defaults().withIsotherms(List.of(0.0)).withSurfaces(true),
            request.options());
    Prediction prediction = SERVICE.predict(request);
    var surface = prediction.surfaces().getFirst().surface();
    double diameter = prediction.iceBalls().getFirst().diameterMm(0, 60).orElseThrow();
    double length = prediction.iceBalls().getFirst().lengthMm(0, 60).orElseThrow();
    double cylinder = Math.PI * diameter * diameter / 4 * length;
    // Wound cold to warm, the divergence theorem counts the enclosed volume positive; an ice ball
    // lies between an inscribed and the circumscribed cylinder.
    assertTrue(
        surface.enclosedVolumeMm3() > 0.3 * cylinder,
        surface.enclosedVolumeMm3() + " of " + cylinder);
    assertTrue(
        surface.enclosedVolumeMm3() < cylinder, surface.enclosedVolumeMm3() + " of " + cylinder);
  }

  @Test
  void predict_surfacesOnlyAtTheTimesAsked_theOtherFiguresUnchanged() {
    var base =
        PredictionFixtures.oneProbe(
            1,
            PredictionFixtures.co2ProbeAtOrigin(),
            List.of(),
            PredictionFixtures.co2Freeze(-75, 60));
    Outputs every = Outputs.defaults().withTimes(List.of(20.0, 40.0, 60.0)).withSurfaces(true);
    Outputs some = every.withSurfacesAt(List.of(40.0));
    Prediction all =
        SERVICE.predict(
            new PredictionRequest(
                1,
                base.probes(),
                base.tissue(),
                base.structures(),
                base.protocol(),
                every,
                base.options()));
    Prediction chosen =
        SERVICE.predict(
            new PredictionRequest(
                1,
                base.probes(),
                base.tissue(),
                base.structures(),
                base.protocol(),
                some,
                base.options()));
    assertEquals(9, all.surfaces().size(), "three isotherms at three times");
    assertEquals(
        List.of(40.0, 40.0, 40.0), chosen.surfaces().stream().map(TimedSurface::timeSec).toList());
    assertEquals(
        all.surfaces().stream().filter(t -> t.timeSec() == 40).toList(), chosen.surfaces());
    assertEquals(all.iceBalls(), chosen.iceBalls());
    assertEquals(all.exposures(), chosen.exposures());
  }

  @Test
  void predict_setpointOnAnOpenProbe_refusedNamingTheSetpoint() {
    var handheld =
        new PlacedProbe(
            ProbeCatalog.byId("handheld-27g-8.5"), new Vector3(0, 0, 0), new Vector3(0, 0, 1));
    var protocol =
        new org.cryows.treatment.FreezeProtocol(
            org.cryows.treatment.Gas.N2O,
            -60,
            List.of(new org.cryows.treatment.FreezeCycle(60, 0)));
    var error =
        assertThrows(
            InvalidThermalInputException.class,
            () -> SERVICE.predict(PredictionFixtures.oneProbe(1, handheld, List.of(), protocol)));
    assertTrue(error.getMessage().contains("setpoint -60.0 C"), error.getMessage());
  }

  @Test
  void request_probeGasOtherThanTheProtocols_refused() {
    var n2o =
        new PlacedProbe(
            ProbeCatalog.byId("console-14g-n2o"), new Vector3(0, 0, 0), new Vector3(0, 0, 1));
    var error =
        assertThrows(
            InvalidThermalInputException.class,
            () ->
                PredictionFixtures.oneProbe(
                    1, n2o, List.of(), PredictionFixtures.co2Freeze(-70, 60)));
    assertTrue(
        error.getMessage().contains("runs on N2O but the protocol on CO2"), error.getMessage());
  }
}
