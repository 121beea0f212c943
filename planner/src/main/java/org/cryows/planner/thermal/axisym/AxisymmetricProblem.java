package org.cryows.planner.thermal.axisym;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProblemChecks;
import org.cryows.planner.thermal.TissueProperties;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;

/**
 * One straight probe in homogeneous tissue, symmetric about the probe axis z. The tip is at z = 0,
 * the active (freezing) segment runs from the tip to z = activeLengthMm, and the shaft continues to
 * the skin or the far field beyond it. The probe runs the protocol's cycles in sequence from t = 0.
 * Checked in full before anything is computed.
 *
 * @param condition what the active segment does during each freeze
 * @param cycles the protocol's freeze-thaw cycles: each passive thaw insulates the probe, each
 *     active thaw runs {@code activeThaw}
 * @param activeThaw the heating of the active thaws, if the cycles have any
 * @param skin the skin plane above the tip, or empty for tissue all round
 * @param initialTemperatureC tissue temperature at the start, also held at the far field
 * @param finestSpacingMm cell size at the probe surface; cells grow away from it (see {@link
 *     GradedSpacing}); halving it halves every cell
 * @param timeStepSec the largest time step; steps are shorter at the start of each phase (see
 *     {@link TimeStepSchedule}); halving it halves every step
 * @param timesSec when to report, increasing, zero or positive, within the protocol
 * @param exposureThresholdsC thresholds for the time each point spends at or below them
 */
public record AxisymmetricProblem(
    TissueProperties tissue,
    boolean sharpFront,
    double probeRadiusMm,
    double activeLengthMm,
    ActiveSegmentCondition condition,
    List<FreezeCycle> cycles,
    Optional<ActiveThaw> activeThaw,
    Optional<SkinSurface> skin,
    double initialTemperatureC,
    double arterialTemperatureC,
    double finestSpacingMm,
    double timeStepSec,
    List<Double> timesSec,
    List<Double> isothermsC,
    List<Double> exposureThresholdsC,
    double farFieldDiffusionLengths) {

  /** The coarsest spacing accepted, as in one dimension. */
  public static final double COARSEST_SPACING_MM = 1.0;

  /**
   * Spacing and largest step that meet the accuracy rule of the thermal benchmark (0 C and -20 C
   * ice-ball length and diameter within 0.1 mm of a run with half of both) for a 2 mm probe, 10 mm
   * active, generic tissue, 3-minute freeze; see planner/docs/validation.md for the figures.
   */
  public static final double DEFAULT_SPACING_MM = 0.15;

  public static final double DEFAULT_TIME_STEP_SEC = 8;

  /** The isotherm a nerve must reach for a predictable block (DOMAIN.md: Evans et al. 1981). */
  public static final List<Double> DEFAULT_EXPOSURE_THRESHOLDS_C = List.of(-20.0);

  public AxisymmetricProblem {
    Objects.requireNonNull(tissue, "tissue");
    Objects.requireNonNull(skin, "skin");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(activeThaw, "activeThaw");
    cycles = List.copyOf(cycles);
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    exposureThresholdsC = List.copyOf(exposureThresholdsC);
    if (cycles.isEmpty()) {
      throw new InvalidThermalInputException("the probe needs at least one freeze");
    }
    if (condition instanceof ActiveSegmentCondition.Cooling cooling
        && !cooling.cooling().isFixedLaw()) {
      throw new InvalidThermalInputException(
          "the probe's cooling law must be resolved to a W/m extraction or a convective one first"
              + " (a regulated tip needs the protocol and the console; a surface temperature is a"
              + " wall condition)");
    }
    if (!condition.canFreeze()) {
      throw new InvalidThermalInputException(
          "the freeze needs a cold wall or a cooling law, not " + condition);
    }
    if (activeThaw.isEmpty() && cycles.stream().anyMatch(c -> c.activeThawSec() > 0)) {
      throw new InvalidThermalInputException(
          "an active thaw needs its heating: a heat input or a warm wall");
    }
    ProblemChecks.requireOutputTimes(timesSec, FreezeCycle.totalSec(cycles));
    ProblemChecks.requireIsotherms(isothermsC);
    for (double threshold : exposureThresholdsC) {
      ProblemChecks.requireTemperature("exposure threshold", threshold);
    }
    ProblemChecks.requireTemperature("initial temperature", initialTemperatureC);
    ProblemChecks.requireTemperature("arterial temperature", arterialTemperatureC);
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
    if (!(timeStepSec > 0) || !Double.isFinite(timeStepSec)) {
      throw new InvalidThermalInputException(
          "the time step must be positive seconds, got " + timeStepSec);
    }
    if (skin.isPresent() && skin.get().depthAboveTipMm() <= activeLengthMm + finestSpacingMm) {
      throw new InvalidThermalInputException(
          String.format(
              "the skin (%.3g mm above the tip) must lie above the active segment (%.3g mm)",
              skin.get().depthAboveTipMm(), activeLengthMm));
    }
    if (!(farFieldDiffusionLengths >= 4) || !Double.isFinite(farFieldDiffusionLengths)) {
      throw new InvalidThermalInputException(
          "the far field must be at least 4 diffusion lengths away, got "
              + farFieldDiffusionLengths);
    }
  }

  /** One freeze with one condition until the last time, no skin: the original set-up. */
  public AxisymmetricProblem(
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
    this(
        tissue,
        sharpFront,
        probeRadiusMm,
        activeLengthMm,
        condition,
        List.of(new FreezeCycle(freezeLength(timesSec), 0)),
        Optional.empty(),
        Optional.empty(),
        initialTemperatureC,
        arterialTemperatureC,
        finestSpacingMm,
        DEFAULT_TIME_STEP_SEC,
        timesSec,
        isothermsC,
        DEFAULT_EXPOSURE_THRESHOLDS_C,
        farFieldDiffusionLengths);
  }

  /** The same problem with another spacing and largest step (for the accuracy rule). */
  public AxisymmetricProblem withResolution(double spacingMm, double stepSec) {
    return new AxisymmetricProblem(
        tissue,
        sharpFront,
        probeRadiusMm,
        activeLengthMm,
        condition,
        cycles,
        activeThaw,
        skin,
        initialTemperatureC,
        arterialTemperatureC,
        spacingMm,
        stepSec,
        timesSec,
        isothermsC,
        exposureThresholdsC,
        farFieldDiffusionLengths);
  }

  public EnthalpyModel enthalpyModel() {
    return EnthalpyModel.of(tissue, sharpFront);
  }

  public double lastTimeSec() {
    return timesSec.getLast();
  }

  /** The protocol's phases on the time line. */
  public List<FreezeCycle.Phase> phases() {
    return FreezeCycle.phases(cycles);
  }

  /** The phase running at that time (the earlier one at a boundary between two). */
  public FreezeCycle.Phase phaseAt(double timeSec) {
    return FreezeCycle.phaseAt(phases(), timeSec);
  }

  /** What the active segment does during a phase. */
  public ActiveSegmentCondition conditionDuring(FreezeCycle.Phase phase) {
    return ActiveSegmentCondition.during(phase.kind(), condition, activeThaw);
  }

  private static double freezeLength(List<Double> timesSec) {
    double last = timesSec.isEmpty() ? 0 : timesSec.getLast();
    // A run asked only for t = 0 never steps; its phase still needs a positive length.
    return last > 0 ? last : 1;
  }
}
