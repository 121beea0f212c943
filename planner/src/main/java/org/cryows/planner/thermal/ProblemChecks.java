package org.cryows.planner.thermal;

import java.util.List;

/**
 * The checks every thermal problem (1-D, axisymmetric, 3-D) makes of its output times, isotherms
 * and temperatures before a cell is computed, with one wording for each failure.
 */
public final class ProblemChecks {

  private ProblemChecks() {}

  /**
   * Output times: at least one, each finite and zero or positive, strictly increasing, the last
   * within the protocol.
   *
   * @param protocolSec the summed duration of the protocol's phases
   */
  public static void requireOutputTimes(List<Double> timesSec, double protocolSec) {
    if (timesSec.isEmpty()) {
      throw new InvalidThermalInputException("at least one output time is needed");
    }
    double previous = -1;
    for (double time : timesSec) {
      if (!Double.isFinite(time) || time < 0) {
        throw new InvalidThermalInputException(
            "output times must be zero or positive seconds, got " + time);
      }
      if (time <= previous) {
        throw new InvalidThermalInputException(
            "output times must be strictly increasing, got "
                + time
                + " s after "
                + previous
                + " s");
      }
      previous = time;
    }
    if (timesSec.getLast() > protocolSec * (1 + 1e-12)) {
      throw new InvalidThermalInputException(
          String.format(
              "output time %.6g s lies after the end of the protocol (%.6g s of phases)",
              timesSec.getLast(), protocolSec));
    }
  }

  /** Isotherms: at least one, each a physical temperature. */
  public static void requireIsotherms(List<Double> isothermsC) {
    if (isothermsC.isEmpty()) {
      throw new InvalidThermalInputException("at least one isotherm is needed");
    }
    for (double isotherm : isothermsC) {
      requireTemperature("isotherm", isotherm);
    }
  }

  /** A finite temperature not below absolute zero; {@code what} names it in the message. */
  public static void requireTemperature(String what, double temperatureC) {
    if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
      throw new InvalidThermalInputException(what + " is not physical: " + temperatureC + " C");
    }
  }
}
