package org.cryows.planner.check;

import java.nio.file.Path;
import java.util.List;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.prediction.PredictionService;

/**
 * A plan with its predictions and checks, as {@code plan check}, {@code plan sign} and {@code plan
 * report} need it.
 *
 * @param wallMs how long the predictions and checks took, ms
 */
public record CheckedPlan(
    Plan plan,
    List<TargetPrediction> predictions,
    List<ObservedImage> observedImages,
    PlanCheckReport report,
    long wallMs) {

  public CheckedPlan {
    predictions = List.copyOf(predictions);
    observedImages = List.copyOf(observedImages);
  }

  /**
   * Predicts every target and checks the plan. The plan must have no {@link PlanInputs} problem.
   *
   * @param planFolder where the plan's relative image paths start
   */
  public static CheckedPlan check(
      Plan plan, Path planFolder, PredictionService service, PlanPredictor.PlanesForTarget planes) {
    var problems = PlanInputs.problems(plan);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the plan cannot be checked: " + problems);
    }
    long start = System.nanoTime();
    List<ObservedImage> observed = ImageIdentities.read(plan, planFolder);
    List<TargetPrediction> predictions = PlanPredictor.predict(plan, service, planes);
    PlanCheckReport report = PlanChecks.evaluate(plan, predictions, observed);
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    return new CheckedPlan(plan, predictions, observed, report, wallMs);
  }
}
