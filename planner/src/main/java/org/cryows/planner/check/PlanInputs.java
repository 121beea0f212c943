package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.planner.thermal.ProbeCooling;

/**
 * What makes a well-formed plan unfit to check, beyond what PLAN.json's reader refuses: a probe tip
 * outside the body (above the skin plane; in an ultrasound image, above the transducer face), an
 * entry point deeper than its tip, a setpoint for a probe whose tip no console regulates. Each is a
 * problem of the input, naming the field, not a check.
 */
public final class PlanInputs {

  private PlanInputs() {}

  public static List<InputProblem> problems(Plan plan) {
    List<InputProblem> problems = new ArrayList<>();
    for (int t = 0; t < plan.targets().size(); t++) {
      Target target = plan.targets().get(t);
      for (int p = 0; p < target.probes().size(); p++) {
        String path = "targets[" + t + "].probes[" + p + "]";
        PlannedProbe probe = target.probes().get(p);
        placement(plan, probe, path, problems);
        if (!(probe.probe().cooling() instanceof ProbeCooling.RegulatedTip)
            && target.protocol().setpointC() > target.protocol().gas().coldestTipC()) {
          problems.add(
              new InputProblem(
                  "targets[" + t + "].protocol.setpointC",
                  "probe "
                      + probe.model()
                      + " runs its gas open and no console regulates its tip; it takes no"
                      + " setpoint warmer than "
                      + target.protocol().gas().coldestTipC()
                      + " C"));
        }
      }
    }
    return problems;
  }

  private static void placement(
      Plan plan, PlannedProbe probe, String path, List<InputProblem> problems) {
    Vector3 tip = probe.tipMm();
    if (plan.skin().isPresent()) {
      var skin = plan.skin().get();
      double tipHeight = skin.heightAboveMm(tip);
      if (tipHeight > 0) {
        problems.add(
            new InputProblem(
                path + ".tipMm",
                String.format(
                    Locale.ROOT,
                    "the tip lies %.1f mm outside the body (above the skin plane)",
                    tipHeight)));
      } else if (skin.heightAboveMm(probe.entryMm()) < tipHeight) {
        problems.add(
            new InputProblem(
                path + ".entryMm",
                "the entry point lies deeper than the tip (are tip and entry swapped?)"));
      }
    }
    if (plan.frame() instanceof PlanFrame.Image && tip.y() < 0) {
      problems.add(
          new InputProblem(
              path + ".tipMm",
              String.format(
                  Locale.ROOT,
                  "the tip lies %.1f mm above the top of the image region (y < 0: outside the"
                      + " body)",
                  -tip.y())));
    }
  }
}
