package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.junit.jupiter.api.Test;

/** The transforms between the patient frame and the model's and a probe's frames. */
class FrameTransformsTest {

  private static final double TOLERANCE_MM = 1e-9;

  private static void assertClose(Vector3 expected, Vector3 actual) {
    assertEquals(0, expected.minus(actual).length(), TOLERANCE_MM, expected + " vs " + actual);
  }

  @Test
  void patientToModel_onAnObliqueSkin_putsTheSkinAtZeroWithZOutwardsAndGoesBack() {
    var skin =
        new Structure.Skin(
            new Vector3(3, -4, 12), new Vector3(1, 2, 2), 10, 22, OptionalDouble.empty());
    var toModel = PatientToModel.onSkin(skin);
    var back = toModel.inverse();
    assertClose(Vector3.ZERO, toModel.apply(skin.pointMm()));
    assertClose(new Vector3(0, 0, 1), toModel.applyToDirection(skin.outwardNormal()));
    var random = new Random(7);
    for (int n = 0; n < 1000; n++) {
      var point =
          new Vector3(
              random.nextGaussian() * 30, random.nextGaussian() * 30, random.nextGaussian() * 30);
      Vector3 inModel = toModel.apply(point);
      assertClose(point, back.apply(inModel));
      // Rigid: distances and heights above the skin are kept.
      assertEquals(point.minus(skin.pointMm()).length(), inModel.length(), 1e-9);
      assertEquals(skin.heightAboveMm(point), inModel.z(), 1e-9);
    }
    Vector3 x = toModel.inverse().applyToDirection(new Vector3(1, 0, 0));
    Vector3 y = toModel.inverse().applyToDirection(new Vector3(0, 1, 0));
    assertClose(skin.outwardNormal(), x.cross(y));
  }

  @Test
  void patientToProbe_roundTripAndCylindricalCoordinates() {
    var placed =
        new PlacedProbe(
            ProbeCatalog.byId("console-18g-co2"), new Vector3(5, 6, 7), new Vector3(-1, 0.5, 3));
    var toProbe = new PatientToProbe(placed);
    var back = toProbe.inverse();
    var random = new Random(11);
    for (int n = 0; n < 1000; n++) {
      var point =
          new Vector3(
              random.nextGaussian() * 20, random.nextGaussian() * 20, random.nextGaussian() * 20);
      Vector3 inProbe = toProbe.apply(point);
      assertClose(point, back.apply(inProbe));
      assertEquals(Math.hypot(inProbe.x(), inProbe.y()), toProbe.radialMm(point), 1e-9);
      assertEquals(inProbe.z(), toProbe.axialMm(point), 1e-9);
    }
    assertClose(placed.activeEndMm(), back.applyCylindrical(0, 7, 0));
  }

  @Test
  void predict_obliqueSkinNearTheIce_threeDimensionalWithTheSkinOnTop() {
    var probe = PredictionFixtures.co2ProbeAtOrigin();
    var skin =
        new Structure.Skin(
            new Vector3(0, 0, 16), new Vector3(0.5, 0, 1), 10, 22, OptionalDouble.empty());
    try (var service = new PredictionService()) {
      Prediction prediction =
          service.predict(
              PredictionFixtures.oneProbe(
                  1, probe, List.of(skin), PredictionFixtures.co2Freeze(-75, 30)));
      assertEquals(ModelPath.THREE_D, prediction.path());
      assertTrue(prediction.pathReason().startsWith("the skin lies"), prediction.pathReason());
      // The box hangs below the skin: its top face is the skin plane, z = 0 in the model's frame.
      assertEquals(0, prediction.run().domainMaxMm().orElseThrow().z(), 1e-9);
    }
  }
}
