package org.cryows.planner.check;

import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.prediction.PointExposure;
import org.cryows.planner.prediction.Prediction;

/**
 * A target's prediction as the checks read it: where they sample it, and the answer, or why the
 * model refused the request (a probe through a vessel, say).
 */
public record TargetPrediction(
    int targetIndex, TargetSampling sampling, Optional<Prediction> prediction, String failure) {

  public TargetPrediction {
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(prediction, "prediction");
    Objects.requireNonNull(failure, "failure");
    if (prediction.isEmpty() == failure.isEmpty()) {
      throw new IllegalArgumentException("either a prediction or the reason there is none");
    }
    prediction.ifPresent(
        p -> {
          if (p.exposures().size() != sampling.points().size()) {
            throw new IllegalArgumentException(
                "the prediction answers "
                    + p.exposures().size()
                    + " sample points, the sampling has "
                    + sampling.points().size());
          }
        });
  }

  public static TargetPrediction of(int targetIndex, TargetSampling sampling, Prediction answer) {
    return new TargetPrediction(targetIndex, sampling, Optional.of(answer), "");
  }

  public static TargetPrediction refused(int targetIndex, TargetSampling sampling, String why) {
    return new TargetPrediction(targetIndex, sampling, Optional.empty(), why);
  }

  public PointExposure exposure(int sample) {
    return prediction.orElseThrow().exposures().get(sample);
  }

  /**
   * The coldest temperature a sample reached over the protocol, or NaN where the model has none
   * (inside a probe).
   */
  public double coldestC(int sample) {
    return exposure(sample).minimumTemperatureC();
  }

  /** Whether a sample froze (0 C or colder) as tissue of the model. */
  public boolean frozen(int sample) {
    PointExposure e = exposure(sample);
    return e.where() == PointExposure.Where.TISSUE && e.minimumTemperatureC() <= 0;
  }
}
