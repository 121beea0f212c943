package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.junit.jupiter.api.Test;

class PathCheckTest {

  private static final Vector3 TIP = new Vector3(0, 0, -20);
  private static final Vector3 ENTRY = new Vector3(0, 0, 10);
  private static final List<Vector3> NERVE =
      List.of(new Vector3(3, -10, -15), new Vector3(3, 10, -15));

  private static CheckResult path(List<PlanStructure> structures) {
    Plan plan = CheckFixtures.onePlan(NERVE, TIP, ENTRY, CheckFixtures.ONE_FREEZE, structures);
    return PathCheck.evaluate(plan, plan.targets().getFirst());
  }

  @Test
  void shaftThroughAVessel_fails() {
    var vessel =
        new PlanStructure.Vessel(
            "femoral artery", List.of(new Vector3(-10, 0.5, -5), new Vector3(10, 0.5, -5)), 4);
    CheckResult result = path(List.of(vessel));
    assertEquals(CheckStatus.FAIL, result.status());
    assertTrue(result.message().contains("passes through the femoral artery"), result.message());
    // Axes 0.5 mm apart: clearance 0.5 - 1.05 - 2 mm.
    assertEquals(0.5 - 1.05 - 2, result.value().getAsDouble(), 0.06);
  }

  @Test
  void vesselBesideTheShaft_passesWithItsClearance() {
    var vessel =
        new PlanStructure.Vessel(
            "artery", List.of(new Vector3(-10, 6, -5), new Vector3(10, 6, -5)), 2);
    CheckResult result = path(List.of(vessel));
    assertEquals(CheckStatus.PASS, result.status());
    assertEquals(6 - 1.05 - 1, result.value().getAsDouble(), 0.05);
  }

  @Test
  void tipInsideBone_fails_restingOnIt_passes() {
    var into = new PlanStructure.Bone(new Vector3(0, 0, -18), new Vector3(0, 0, 1));
    CheckResult through = path(List.of(into));
    assertEquals(CheckStatus.FAIL, through.status());
    assertTrue(through.message().contains("enters bone"), through.message());
    assertEquals(-2.0, through.value().getAsDouble(), 1e-9);
    var under = new PlanStructure.Bone(new Vector3(0, 0, -20.5), new Vector3(0, 0, 1));
    CheckResult resting = path(List.of(under));
    assertEquals(CheckStatus.PASS, resting.status(), resting.message());
    assertEquals(0.0, resting.value().getAsDouble());
  }

  @Test
  void nothingMarked_passesWithoutAFigure() {
    CheckResult result = path(List.of());
    assertEquals(CheckStatus.PASS, result.status());
    assertTrue(result.value().isEmpty());
  }
}
