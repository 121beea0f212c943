package org.cryows.planner.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.validation.Validity;
import org.cryows.treatment.PlanHash;

/**
 * Every check of a plan, its worst verdict and what the figures rest on.
 *
 * @param results per target in the plan's order (nerve dose, skin, vessel, keep-clear, path,
 *     capabilities, motor block, identity), then the plan's own (contraindications)
 * @param planHash the content hash of the revision checked
 * @param models per target, the model that answered, or why none did
 */
public record PlanCheckReport(
    List<CheckResult> results, CheckStatus summary, PlanHash planHash, List<TargetModel> models) {

  public PlanCheckReport {
    results = List.copyOf(results);
    models = List.copyOf(models);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(planHash, "planHash");
  }

  /** The model behind one target's figures. */
  public record TargetModel(String target, Optional<Prediction> prediction, String failure) {

    public String modelVersion() {
      return prediction.map(Prediction::modelVersion).orElse("none");
    }

    /** validated, verified-only or outside (none without a prediction). */
    public String validityName() {
      return prediction.map(p -> validityName(p.validity().status())).orElse("none");
    }

    public static String validityName(Validity.Status status) {
      return switch (status) {
        case VALIDATED -> "validated";
        case VERIFIED_ONLY -> "verified-only";
        case OUTSIDE -> "outside";
      };
    }
  }

  /** The distinct model versions, in the targets' order. */
  public String modelVersions() {
    return String.join(", ", models.stream().map(TargetModel::modelVersion).distinct().toList());
  }

  /** The weakest validity among the targets' predictions. */
  public String weakestValidity() {
    Validity.Status weakest = null;
    for (TargetModel model : models) {
      if (model.prediction().isEmpty()) {
        return "none";
      }
      Validity.Status status = model.prediction().get().validity().status();
      if (weakest == null || status.compareTo(weakest) > 0) {
        weakest = status;
      }
    }
    return weakest == null ? "none" : TargetModel.validityName(weakest);
  }
}
