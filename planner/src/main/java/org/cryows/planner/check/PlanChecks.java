package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanHashes;
import org.cryows.planner.plan.Target;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * The checks of a plan: a pure function of the plan, its targets' predictions ({@link
 * PlanPredictor}, one {@link PlanPredictions} request per target) and what its image files hold
 * ({@link ImageIdentities}). {@code plan check}, the report and the Plan workspace call this one
 * function, so they show the same figures.
 */
public final class PlanChecks {

  private PlanChecks() {}

  public static PlanCheckReport evaluate(
      Plan plan, List<TargetPrediction> predictions, List<ObservedImage> observedImages) {
    if (predictions.size() != plan.targets().size()) {
      throw new IllegalArgumentException(
          "one prediction per target: "
              + plan.targets().size()
              + " targets, "
              + predictions.size());
    }
    ConsoleCapabilities console = ConsoleCapabilities.STANDARD;
    List<CheckResult> results = new ArrayList<>();
    List<PlanCheckReport.TargetModel> models = new ArrayList<>();
    for (int t = 0; t < plan.targets().size(); t++) {
      Target target = plan.targets().get(t);
      TargetPrediction predicted = predictions.get(t);
      if (predicted.targetIndex() != t) {
        throw new IllegalArgumentException(
            "prediction " + t + " is for target " + predicted.targetIndex());
      }
      results.add(NerveDoseCheck.evaluate(target, predicted));
      results.add(SkinCheck.evaluate(plan, target, predicted));
      results.add(VesselCheck.evaluate(target, predicted));
      results.addAll(KeepClearCheck.evaluate(plan, target, predicted));
      results.add(PathCheck.evaluate(plan, target));
      results.add(CapabilitiesCheck.evaluate(target, console));
      results.add(MotorBlockCheck.evaluate(target));
      results.add(IdentityCheck.evaluate(plan, target, observedImages));
      models.add(
          new PlanCheckReport.TargetModel(
              target.nerve(), predicted.prediction(), predicted.failure()));
    }
    results.add(ContraindicationsCheck.evaluate(plan));
    CheckStatus summary = CheckStatus.PASS;
    for (CheckResult result : results) {
      summary = summary.worse(result.status());
    }
    return new PlanCheckReport(results, summary, PlanHashes.of(plan), models);
  }
}
