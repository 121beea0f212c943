package org.cryows.planner.thermal;

/**
 * A computation that went wrong on the way (a non-finite value, heat appearing from nowhere). Never
 * caught inside the model: a wrong ice ball must not reach a plan quietly.
 */
public final class ThermalModelFailure extends RuntimeException {
  public ThermalModelFailure(String message) {
    super(message);
  }
}
