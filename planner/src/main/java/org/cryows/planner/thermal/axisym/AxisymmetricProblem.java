package org.cryows.planner.thermal.axisym;

import java.util.List;
import java.util.Objects;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.TissueProperties;

/**
 * One straight probe in homogeneous tissue, symmetric about the probe axis z. The tip is at z = 0,
 * the active (freezing) segment runs from the tip to z = activeLengthMm, and the shaft continues to
 * the far field beyond it. Checked in full before anything is computed.
 *
 * @param initialTemperatureC tissue temperature at the start, also held at the far field
 * @param finestSpacingMm cell size around the probe and where the ice grows
 * @param timesSec when to report, increasing, zero or positive
 */
public record AxisymmetricProblem(
    TissueProperties tissue,
    boolean sharpFront,
    double probeRadiusMm,
    double activeLengthMm,
    ActiveSegmentCondition condition,
    double initialTemperatureC,
    double arterialTemperatureC,
    double finestSpacingMm,
    List<Double> timesSec,
    List<Double> isothermsC,
    double farFieldDiffusionLengths) {

  /** The coarsest spacing accepted, as in one dimension. */
  public static final double COARSEST_SPACING_MM = 1.0;

  public AxisymmetricProblem {
    Objects.requireNonNull(tissue, "tissue");
    Objects.requireNonNull(condition, "condition");
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    if (timesSec.isEmpty() || isothermsC.isEmpty()) {
      throw new InvalidThermalInputException("at least one time and one isotherm are needed");
    }
    double previous = -1;
    for (double time : timesSec) {
      if (!Double.isFinite(time) || time < 0) {
        throw new InvalidThermalInputException(
            "times must be zero or positive seconds, got " + time);
      }
      if (time <= previous) {
        throw new InvalidThermalInputException(
            "times must be strictly increasing, got " + time + " s after " + previous + " s");
      }
      previous = time;
    }
    for (double isotherm : isothermsC) {
      requireTemperature("isotherm", isotherm);
    }
    requireTemperature("initial temperature", initialTemperatureC);
    requireTemperature("arterial temperature", arterialTemperatureC);
    if (!(probeRadiusMm > 0) || !Double.isFinite(probeRadiusMm)) {
      throw new InvalidThermalInputException(
          "the axisymmetric geometry needs a probe radius above zero, got "
              + probeRadiusMm
              + " mm");
    }
    if (!(activeLengthMm > 0) || !Double.isFinite(activeLengthMm)) {
      throw new InvalidThermalInputException(
          "the probe needs an active length above zero, got " + activeLengthMm + " mm");
    }
    if (!(finestSpacingMm > 0) || !Double.isFinite(finestSpacingMm)) {
      throw new InvalidThermalInputException(
          "the grid spacing must be positive, got " + finestSpacingMm + " mm");
    }
    if (finestSpacingMm > COARSEST_SPACING_MM
        || finestSpacingMm > probeRadiusMm / 2
        || finestSpacingMm > activeLengthMm / 4) {
      throw new InvalidThermalInputException(
          String.format(
              "grid too coarse: %.3g mm must be at most half the probe radius (%.3g mm), a quarter"
                  + " of the active length (%.3g mm) and %.3g mm",
              finestSpacingMm, probeRadiusMm, activeLengthMm, COARSEST_SPACING_MM));
    }
    if (!(farFieldDiffusionLengths >= 4) || !Double.isFinite(farFieldDiffusionLengths)) {
      throw new InvalidThermalInputException(
          "the far field must be at least 4 diffusion lengths away, got "
              + farFieldDiffusionLengths);
    }
  }

  public EnthalpyModel enthalpyModel() {
    return EnthalpyModel.of(tissue, sharpFront);
  }

  public double lastTimeSec() {
    return timesSec.getLast();
  }

  private static void requireTemperature(String what, double temperatureC) {
    if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
      throw new InvalidThermalInputException(what + " is not physical: " + temperatureC + " C");
    }
  }
}
