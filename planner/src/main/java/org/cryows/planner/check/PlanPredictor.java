package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.cartesian.SectionPlane;

/** Asks the prediction service for every target of a plan, one after the other. */
public final class PlanPredictor {

  private PlanPredictor() {}

  public static List<TargetPrediction> predict(Plan plan, PredictionService service) {
    return predict(plan, service, t -> List.of());
  }

  /** With contour planes per target (the report's sections). */
  public static List<TargetPrediction> predict(
      Plan plan, PredictionService service, PlanesForTarget planes) {
    List<TargetPrediction> answers = new ArrayList<>();
    for (int t = 0; t < plan.targets().size(); t++) {
      var asked = PlanPredictions.forTarget(plan, t, plan.revision(), planes.planes(t));
      try {
        answers.add(TargetPrediction.of(t, asked.sampling(), service.predict(asked.request())));
      } catch (InvalidThermalInputException refused) {
        answers.add(TargetPrediction.refused(t, asked.sampling(), refused.getMessage()));
      }
    }
    return answers;
  }

  /** The contour planes to draw for a target. */
  @FunctionalInterface
  public interface PlanesForTarget {
    List<SectionPlane> planes(int targetIndex);
  }
}
