package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.Side;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/** The vessel and keep-clear checks on real predictions. */
class VesselAndKeepClearCheckTest {

  private static final Vector3 TIP = new Vector3(0, 0, -30);
  private static final Vector3 ENTRY = new Vector3(0, 0, 10);
  private static final List<Vector3> NERVE =
      List.of(new Vector3(1.5, -15, -25), new Vector3(1.5, 15, -25));
  private static final FreezeProtocol INTERCOSTAL =
      new FreezeProtocol(Gas.CO2, -60, List.of(new FreezeCycle(120, 0)));

  private static PlanCheckReport checked(Plan plan) {
    try (var service = new PredictionService()) {
      return PlanChecks.evaluate(plan, PlanPredictor.predict(plan, service), List.of());
    }
  }

  @Test
  void companionVesselNotMarked_warns() {
    Plan plan = CheckFixtures.onePlan(NERVE, TIP, ENTRY, CheckFixtures.ONE_FREEZE, List.of());
    CheckResult vessel = CheckFixtures.first(checked(plan), "vessel");
    assertEquals(CheckStatus.WARN, vessel.status());
    assertTrue(vessel.message().contains("superior medial genicular artery"), vessel.message());
  }

  @Test
  void vesselBesideTheIce_isColderThanTheBody_andPasses() {
    var artery =
        new PlanStructure.Vessel(
            "superior medial genicular artery",
            List.of(new Vector3(6, -15, -25), new Vector3(6, 15, -25)),
            1.5);
    Plan plan = CheckFixtures.onePlan(NERVE, TIP, ENTRY, CheckFixtures.ONE_FREEZE, List.of(artery));
    PlanCheckReport report = checked(plan);
    CheckResult vessel = CheckFixtures.first(report, "vessel");
    assertEquals(ModelPath.THREE_D, report.models().getFirst().prediction().orElseThrow().path());
    assertEquals(CheckStatus.PASS, vessel.status(), vessel.message());
    double wallC = vessel.value().getAsDouble();
    assertTrue(wallC < 30 && wallC > -20, vessel.message());
  }

  /**
   * The warning itself: the rings are pointed at samples of the same real prediction that lie in
   * the -20 C isotherm (the nerve where it crosses the probe), which is what rings of a vessel
   * inside the isotherm read.
   */
  @Test
  void vesselSamplesInsideMinus20_warn() {
    Plan plan = CheckFixtures.onePlan(NERVE, TIP, ENTRY, CheckFixtures.ONE_FREEZE, List.of());
    TargetPrediction predicted;
    try (var service = new PredictionService()) {
      predicted = PlanPredictor.predict(plan, service).getFirst();
    }
    var nerve = predicted.sampling().nerve();
    int coldest = nerve.first();
    for (int i = 0; i < nerve.count(); i++) {
      if (predicted.coldestC(nerve.first() + i) < predicted.coldestC(coldest)) {
        coldest = nerve.first() + i;
      }
    }
    assertTrue(predicted.coldestC(coldest) <= -20);
    var sampling = predicted.sampling();
    var inside =
        new TargetSampling(
            sampling.points(),
            sampling.nerve(),
            List.of(new TargetSampling.VesselRings(0, "test vessel", coldest, 1)),
            sampling.skinGrids(),
            sampling.keepClearRays());
    var warned =
        VesselCheck.evaluate(
            plan.targets().getFirst(),
            TargetPrediction.of(0, inside, predicted.prediction().orElseThrow()));
    assertEquals(CheckStatus.WARN, warned.status(), warned.message());
    assertTrue(warned.message().contains("inside the -20 C isotherm"), warned.message());
  }

  private static Plan intercostal(List<PlanStructure> structures) {
    return CheckFixtures.onePlan(
        "ICN-T6-L",
        Side.L,
        List.of(new Vector3(1.5, -15, -25), new Vector3(1.5, 15, -25)),
        TIP,
        ENTRY,
        INTERCOSTAL,
        structures);
  }

  @Test
  void keepClear_unmarkedWarns_markedIsMeasuredFromTheIce() {
    CheckResult unmarked = CheckFixtures.first(checked(intercostal(List.of())), "keepClear");
    assertEquals(CheckStatus.WARN, unmarked.status());
    assertEquals("sympathetic ganglia (sympathetic chain)", unmarked.details().get("structure"));

    // A landmark on the perpendicular through the middle of the active segment, 45 mm from the
    // axis: it lies 45 mm less the 0 C radius there from the ice.
    Vector3 middle = TIP.plus(new Vector3(0, 0, 5));
    var far =
        new PlanStructure.Landmark(
            "Sympathetic ganglia (sympathetic chain)",
            List.of(middle.plus(new Vector3(-45, 0, 0))));
    PlanCheckReport report = checked(intercostal(List.of(far)));
    CheckResult measured = CheckFixtures.first(report, "keepClear");
    var prediction = report.models().getFirst().prediction().orElseThrow();
    assertEquals(ModelPath.AXISYMMETRIC, prediction.path());
    double widestZeroRadius = 0;
    for (var diameter : prediction.iceBalls().getFirst().diametersMm().getFirst()) {
      widestZeroRadius = Math.max(widestZeroRadius, diameter.orElse(0) / 2);
    }
    assertEquals(CheckStatus.PASS, measured.status(), measured.message());
    assertEquals(45 - widestZeroRadius, measured.value().getAsDouble(), 0.3, measured.message());

    var near =
        new PlanStructure.Landmark(
            "sympathetic ganglia (sympathetic chain)",
            List.of(middle.plus(new Vector3(-25, 0, 0))));
    CheckResult tooNear = CheckFixtures.first(checked(intercostal(List.of(near))), "keepClear");
    assertEquals(CheckStatus.FAIL, tooNear.status(), tooNear.message());
    assertEquals(40.0, tooNear.limit().getAsDouble());
  }

  @Test
  void nerveInsideTheProbe_countsAtTheWall() {
    // The nerve runs through the probe's axis: its samples inside the probe have wall samples.
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(-15, 0, -25), new Vector3(15, 0, -25)),
            TIP,
            ENTRY,
            CheckFixtures.ONE_FREEZE,
            List.of());
    var sampling = PlanPredictions.forTarget(plan, 0, 1).sampling();
    long walls = sampling.nerve().wallSample().stream().filter(OptionalInt::isPresent).count();
    assertTrue(walls >= 2 * 1.05 / PlanPredictions.NERVE_STEP_MM, "wall samples: " + walls);
  }
}
