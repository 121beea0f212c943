package org.cryows.planner.check;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.Target;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/** Plans built in code for the checks' tests. */
final class CheckFixtures {

  static final String PROBE = "console-14g-co2";
  static final FreezeProtocol ONE_FREEZE =
      new FreezeProtocol(Gas.CO2, -70, List.of(new FreezeCycle(150, 60)));

  private CheckFixtures() {}

  /** One SMGN target with one probe, in generic tissue, every contraindication answered no. */
  static Plan onePlan(
      List<Vector3> nervePathMm,
      Vector3 tipMm,
      Vector3 entryMm,
      FreezeProtocol protocol,
      List<PlanStructure> structures) {
    return onePlan("SMGN", Side.L, nervePathMm, tipMm, entryMm, protocol, structures);
  }

  static Plan onePlan(
      String nerve,
      Side side,
      List<Vector3> nervePathMm,
      Vector3 tipMm,
      Vector3 entryMm,
      FreezeProtocol protocol,
      List<PlanStructure> structures) {
    return Plan.draft(
        new PlanFrame.Patient(),
        new PatientIdentity("TEST-1", "Test^Patient"),
        List.of(
            new Target(
                nerve,
                side,
                nervePathMm,
                List.of(new PlannedProbe(PROBE, tipMm, entryMm)),
                protocol)),
        structures,
        "generic",
        Contraindications.none(),
        List.of());
  }

  /** The first result of a check. */
  static CheckResult first(PlanCheckReport report, String check) {
    return report.results().stream()
        .filter(r -> r.check().equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " check"));
  }
}
