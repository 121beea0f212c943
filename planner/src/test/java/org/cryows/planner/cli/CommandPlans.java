package org.cryows.planner.cli;

import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanJson;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.Target;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * A knee plan the axisymmetric model answers (quick to check): one SMGN probe 30 mm deep, its nerve
 * crossing the probe 1 mm from its axis, the skin square to the probe, no bone or vessel marked.
 * Its checks pass but for two warnings: the companion artery and the images are not marked.
 */
final class CommandPlans {

  private CommandPlans() {}

  static Plan axisymmetricKnee() {
    Vector3 tip = new Vector3(60, 10, -470);
    return Plan.draft(
        new PlanFrame.Patient(),
        new PatientIdentity("KNEE-DEMO-002", "Example^Knee"),
        List.of(
            new Target(
                "SMGN",
                Side.L,
                List.of(new Vector3(46, 10, -465), new Vector3(74, 10, -465)),
                List.of(new PlannedProbe("console-14g-co2", tip, new Vector3(60, 9, -430))),
                new FreezeProtocol(
                    Gas.CO2, -70, List.of(new FreezeCycle(150, 60), new FreezeCycle(150, 60))))),
        List.of(new PlanStructure.Skin(new Vector3(60, 10, -440), new Vector3(0, 0, 1))),
        "generic",
        Contraindications.none(),
        List.of());
  }

  static String axisymmetricKneeText() {
    return PlanJson.write(axisymmetricKnee());
  }
}
