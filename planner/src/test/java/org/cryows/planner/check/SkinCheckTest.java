package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.PredictionService;
import org.junit.jupiter.api.Test;

/** The skin check on real predictions: a shallow probe's ice reaches the skin, a deep one's not. */
class SkinCheckTest {

  private static final PlanStructure.Skin SKIN =
      new PlanStructure.Skin(new Vector3(0, 0, 0), new Vector3(0, 0, 1));

  private static CheckResult skinCheck(Plan plan) {
    try (var service = new PredictionService()) {
      var report = PlanChecks.evaluate(plan, PlanPredictor.predict(plan, service), List.of());
      return report.results().stream().filter(r -> r.check().equals("skin")).findFirst().get();
    }
  }

  @Test
  void shallowProbe_iceReachesTheSkin_fails() {
    // The active segment rises from 5.0 to 2.4 mm under the skin (the 3-D model keeps it 2 mm,
    // four cells, from its faces).
    double angle = Math.toRadians(15);
    Vector3 tip = new Vector3(0, 0, -5);
    Vector3 along = new Vector3(Math.cos(angle), 0, Math.sin(angle));
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(4, -10, -3), new Vector3(4, 10, -3)),
            tip,
            tip.plus(along.times(30)),
            CheckFixtures.ONE_FREEZE,
            List.of(SKIN));
    CheckResult skin = skinCheck(plan);
    assertEquals(CheckStatus.FAIL, skin.status(), skin.message());
    assertTrue(skin.value().getAsDouble() <= 0, skin.message());
    assertTrue(skin.message().contains("reaches the skin"), skin.message());
  }

  @Test
  void deepTip_passes() {
    Vector3 tip = new Vector3(0, 0, -30);
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(2, -10, -25), new Vector3(2, 10, -25)),
            tip,
            new Vector3(0, 0, 5),
            CheckFixtures.ONE_FREEZE,
            List.of(SKIN));
    PlanCheckReport report;
    try (var service = new PredictionService()) {
      report = PlanChecks.evaluate(plan, PlanPredictor.predict(plan, service), List.of());
    }
    CheckResult skin = CheckFixtures.first(report, "skin");
    assertEquals(CheckStatus.PASS, skin.status(), skin.message());
    // The skin is square to the probe: the axisymmetric model holds it, and its 0 C contours say
    // how high the ice rises above the tip, 30 mm under the skin.
    var prediction = report.models().getFirst().prediction().orElseThrow();
    assertEquals(ModelPath.AXISYMMETRIC, prediction.path());
    double highest = 0;
    for (var contour : prediction.meridianContours()) {
      if (contour.isothermC() == 0) {
        for (var line : contour.lines()) {
          for (var point : line) {
            highest = Math.max(highest, point.axialMm());
          }
        }
      }
    }
    assertEquals(30 - highest, skin.value().getAsDouble(), 0.3, skin.message());
  }

  @Test
  void noSkinMarked_warnsNotChecked() {
    Vector3 tip = new Vector3(0, 0, -30);
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(2, -10, -25), new Vector3(2, 10, -25)),
            tip,
            new Vector3(0, 0, 5),
            CheckFixtures.ONE_FREEZE,
            List.of());
    CheckResult skin = skinCheck(plan);
    assertEquals(CheckStatus.WARN, skin.status());
    assertTrue(skin.value().isEmpty());
  }
}
