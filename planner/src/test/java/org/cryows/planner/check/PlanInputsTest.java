package org.cryows.planner.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.ExamplePlans;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.junit.jupiter.api.Test;

class PlanInputsTest {

  @Test
  void examples_haveNoProblem() {
    assertEquals(List.of(), PlanInputs.problems(ExamplePlans.plan(ExamplePlans.KNEE)));
    assertEquals(List.of(), PlanInputs.problems(ExamplePlans.plan(ExamplePlans.ULTRASOUND)));
  }

  @Test
  void tipAboveTheSkin_isOutsideTheBody() {
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(0, -5, 1), new Vector3(0, 5, 1)),
            new Vector3(0, 0, 2),
            new Vector3(0, 0, 20),
            CheckFixtures.ONE_FREEZE,
            List.of(new PlanStructure.Skin(new Vector3(0, 0, 0), new Vector3(0, 0, 1))));
    var problems = PlanInputs.problems(plan);
    assertEquals(1, problems.size());
    assertEquals("targets[0].probes[0].tipMm", problems.getFirst().field());
    assertTrue(problems.getFirst().message().contains("2.0 mm outside the body"));
  }

  @Test
  void entryDeeperThanTheTip_isNamed() {
    Plan plan =
        CheckFixtures.onePlan(
            List.of(new Vector3(0, -5, -10), new Vector3(0, 5, -10)),
            new Vector3(0, 0, -5),
            new Vector3(0, 0, -30),
            CheckFixtures.ONE_FREEZE,
            List.of(new PlanStructure.Skin(new Vector3(0, 0, 0), new Vector3(0, 0, 1))));
    assertEquals("targets[0].probes[0].entryMm", PlanInputs.problems(plan).getFirst().field());
  }

  @Test
  void ultrasoundTipAboveTheImage_isOutsideTheBody() {
    Plan plan =
        ExamplePlans.plan(ExamplePlans.ULTRASOUND)
            .withStructures(List.of())
            .withProbeTip(0, 0, new Vector3(30, -2, 0));
    assertEquals("targets[0].probes[0].tipMm", PlanInputs.problems(plan).getFirst().field());
  }
}
