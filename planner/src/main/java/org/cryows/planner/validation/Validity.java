package org.cryows.planner.validation;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whether a prediction lies where the model has been checked, and how far to trust it.
 *
 * @param reasons why the prediction is not validated, or what it is validated against
 * @param relativeUncertainty the relative error of held-out validation predictions, when validated
 */
public record Validity(Status status, List<String> reasons, OptionalDouble relativeUncertainty) {

  public enum Status {
    /** Inside the envelope validated against published measurements. */
    VALIDATED,
    /** The numerics are verified against exact solutions but the physics is not validated. */
    VERIFIED_ONLY,
    /** Outside both: an indicative prediction. */
    OUTSIDE
  }

  public Validity {
    Objects.requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(relativeUncertainty, "relativeUncertainty");
  }
}
