package org.cryows.planner.check;

import java.util.Objects;

/**
 * Why a plan cannot be checked at all (a tip outside the body, a setpoint for a probe no console
 * regulates): the field at fault and the reason. Such a plan is refused, not reported as a check.
 */
public record InputProblem(String field, String message) {
  public InputProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
