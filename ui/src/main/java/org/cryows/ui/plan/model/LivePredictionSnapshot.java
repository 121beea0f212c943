package org.cryows.ui.plan.model;

import java.util.List;
import java.util.Optional;
import org.cryows.planner.check.InputProblem;
import org.cryows.planner.check.PlanCheckReport;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.planner.plan.Plan;

/**
 * What the Plan workspace shows of the thermal model: the latest answer and what runs now.
 *
 * @param answeredPlan the plan the answer is for (null before any answer)
 * @param answeredAsk the ask number of that plan (asks only grow; an answer for an older ask than
 *     the newest one shown is dropped)
 * @param stage QUICK (provisional) or FULL
 * @param predictions per target of the answered plan, in order
 * @param report the checks on the answer (with QUICK, provisional)
 * @param problems why the newest plan cannot be predicted (a tip above the skin...), empty when it
 *     can
 * @param running whether a prediction runs now
 * @param runningStage what runs: "quick", or the model's stage ("axisymmetric", "3-D")
 * @param progress 0 to 1 of what runs
 * @param latestAsk the newest ask
 * @param droppedStale how many answers came for a plan already replaced and were dropped
 * @param lastWallMs how long the latest answer took from its ask to its arrival, ms
 */
public record LivePredictionSnapshot(
    Plan answeredPlan,
    long answeredAsk,
    PredictionStage stage,
    List<TargetPrediction> predictions,
    Optional<PlanCheckReport> report,
    List<InputProblem> problems,
    boolean running,
    String runningStage,
    double progress,
    long latestAsk,
    long droppedStale,
    double lastWallMs) {

  public static final LivePredictionSnapshot NONE =
      new LivePredictionSnapshot(
          null,
          0,
          PredictionStage.QUICK,
          List.of(),
          Optional.empty(),
          List.of(),
          false,
          "",
          0,
          0,
          0,
          0);

  public LivePredictionSnapshot {
    predictions = List.copyOf(predictions);
    problems = List.copyOf(problems);
  }

  /** Whether the answer shown is for the newest plan asked and final (the checks judge it). */
  public boolean finalFor(Plan plan) {
    return !running
        && stage == PredictionStage.FULL
        && answeredPlan != null
        && answeredPlan.equals(plan)
        && report.isPresent();
  }

  /** Whether the shown answer is the quick one, or an older plan's while a newer one runs. */
  public boolean provisional() {
    return stage == PredictionStage.QUICK || running;
  }
}
