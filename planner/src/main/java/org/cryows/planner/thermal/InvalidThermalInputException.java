package org.cryows.planner.thermal;

/** Input the thermal model refuses before computing anything; the message says what to change. */
public final class InvalidThermalInputException extends IllegalArgumentException {
  public InvalidThermalInputException(String message) {
    super(message);
  }
}
