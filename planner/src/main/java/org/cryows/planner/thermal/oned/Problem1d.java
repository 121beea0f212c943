package org.cryows.planner.thermal.oned;

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
 * A one-dimensional freezing run, checked in full before anything is computed.
 *
 * @param innerRadiusMm radius of the cooled wall or probe surface (0 for a plane wall or a line
 *     sink on the axis)
 * @param initialTemperatureC tissue temperature at the start, also held at the far field
 * @param arterialTemperatureC temperature of the blood perfusing unfrozen tissue
 * @param finestSpacingMm cell size where the ice grows
 * @param timesSec when to report, increasing, zero or positive
 * @param isothermsC the isotherms whose fronts are reported
 * @param farFieldDiffusionLengths distance from the ice to the far-field boundary, in diffusion
 *     lengths sqrt(alpha t) at the last requested time
 * @param innerBoundary what cools the tissue during each freeze
 * @param cycles the protocol's freeze-thaw cycles from t = 0: each freeze runs {@code
 *     innerBoundary}, each passive thaw an insulated wall, each active thaw {@code activeThaw}
 * @param activeThaw the heating of the active thaws, if the cycles have any
 * @param exposureThresholdsC thresholds for the time each cell spends at or below them
 */
public record Problem1d(
    Geometry1d geometry,
    TissueProperties tissue,
    boolean sharpFront,
    InnerBoundary innerBoundary,
    double innerRadiusMm,
    double initialTemperatureC,
    double arterialTemperatureC,
    double finestSpacingMm,
    List<Double> timesSec,
    List<Double> isothermsC,
    double farFieldDiffusionLengths,
    List<FreezeCycle> cycles,
    Optional<ActiveThaw> activeThaw,
    List<Double> exposureThresholdsC) {

  /** Enough that the far field moves the front by far less than 0.05 mm (see the solver tests). */
  public static final double DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS = 12;

  /** Body core temperature, the default for blood and the far field. */
  public static final double BODY_TEMPERATURE_C = 37;

  /** The coarsest spacing accepted: 1 mm cannot place a nerve-sized isotherm usefully. */
  public static final double COARSEST_SPACING_MM = 1.0;

  public Problem1d {
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(tissue, "tissue");
    Objects.requireNonNull(innerBoundary, "innerBoundary");
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    cycles = List.copyOf(cycles);
    Objects.requireNonNull(activeThaw, "activeThaw");
    exposureThresholdsC = List.copyOf(exposureThresholdsC);
    ProblemChecks.requireIsotherms(isothermsC);
    for (double threshold : exposureThresholdsC) {
      ProblemChecks.requireTemperature("exposure threshold", threshold);
    }
    ProblemChecks.requireTemperature("initial temperature", initialTemperatureC);
    ProblemChecks.requireTemperature("arterial temperature", arterialTemperatureC);
    requireBoundaryFits(geometry, innerBoundary, innerRadiusMm);
    requireCycles(cycles, activeThaw, innerBoundary, timesSec);
    for (FreezeCycle.Phase phase : FreezeCycle.phases(cycles)) {
      requireBoundaryFits(
          geometry, InnerBoundary.during(phase.kind(), innerBoundary, activeThaw), innerRadiusMm);
    }
    requireSpacing(finestSpacingMm, innerRadiusMm, tissue, timesSec);
    if (!(farFieldDiffusionLengths >= 4) || !Double.isFinite(farFieldDiffusionLengths)) {
      throw new InvalidThermalInputException(
          "the far field must be at least 4 diffusion lengths away, got "
              + farFieldDiffusionLengths);
    }
  }

  /** One freeze with {@code innerBoundary} until the last time: the original set-up. */
  public Problem1d(
      Geometry1d geometry,
      TissueProperties tissue,
      boolean sharpFront,
      InnerBoundary innerBoundary,
      double innerRadiusMm,
      double initialTemperatureC,
      double arterialTemperatureC,
      double finestSpacingMm,
      List<Double> timesSec,
      List<Double> isothermsC,
      double farFieldDiffusionLengths) {
    this(
        geometry,
        tissue,
        sharpFront,
        innerBoundary,
        innerRadiusMm,
        initialTemperatureC,
        arterialTemperatureC,
        finestSpacingMm,
        timesSec,
        isothermsC,
        farFieldDiffusionLengths,
        singleFreeze(timesSec),
        Optional.empty(),
        DEFAULT_EXPOSURE_THRESHOLDS_C);
  }

  /** The isotherm a nerve must reach for a predictable block (DOMAIN.md: Evans et al. 1981). */
  public static final List<Double> DEFAULT_EXPOSURE_THRESHOLDS_C = List.of(-20.0);

  /** The protocol's phases on the time line. */
  public List<FreezeCycle.Phase> phases() {
    return FreezeCycle.phases(cycles);
  }

  /** The phase running at that time (the earlier one at a boundary between two). */
  public FreezeCycle.Phase phaseAt(double timeSec) {
    return FreezeCycle.phaseAt(phases(), timeSec);
  }

  /** The inner boundary during a phase. */
  public InnerBoundary boundaryDuring(FreezeCycle.Phase phase) {
    return InnerBoundary.during(phase.kind(), innerBoundary, activeThaw);
  }

  /** One freeze until the last time (a run asked only for t = 0 never steps: 1 s then). */
  static List<FreezeCycle> singleFreeze(List<Double> timesSec) {
    if (timesSec == null || timesSec.isEmpty()) {
      return List.of();
    }
    double last = timesSec.getLast();
    return List.of(new FreezeCycle(last > 0 && Double.isFinite(last) ? last : 1, 0));
  }

  private static void requireCycles(
      List<FreezeCycle> cycles,
      Optional<ActiveThaw> activeThaw,
      InnerBoundary innerBoundary,
      List<Double> timesSec) {
    // Times first: without any, the single-freeze constructors make no cycle either.
    ProblemChecks.requireOutputTimes(
        timesSec, cycles.isEmpty() ? Double.POSITIVE_INFINITY : FreezeCycle.totalSec(cycles));
    if (cycles.isEmpty()) {
      throw new InvalidThermalInputException("the protocol needs at least one freeze");
    }
    if (!innerBoundary.canFreeze()) {
      throw new InvalidThermalInputException(
          "the freeze needs a cold wall, a sink or a cooling law, not " + innerBoundary);
    }
    if (activeThaw.isEmpty() && cycles.stream().anyMatch(c -> c.activeThawSec() > 0)) {
      throw new InvalidThermalInputException(
          "an active thaw needs its heating: a heat input or a warm wall");
    }
  }

  public EnthalpyModel enthalpyModel() {
    return EnthalpyModel.of(tissue, sharpFront);
  }

  public double lastTimeSec() {
    return timesSec.getLast();
  }

  private static void requireBoundaryFits(
      Geometry1d geometry, InnerBoundary boundary, double innerRadiusMm) {
    if (!Double.isFinite(innerRadiusMm) || innerRadiusMm < 0) {
      throw new InvalidThermalInputException(
          "the probe radius must be zero or positive, got " + innerRadiusMm + " mm");
    }
    switch (boundary) {
      case InnerBoundary.WallTemperature _ -> {
        if (geometry == Geometry1d.PLANAR && innerRadiusMm != 0) {
          throw new InvalidThermalInputException("a plane wall has no radius; drop --radius-mm");
        }
        if (geometry != Geometry1d.PLANAR && innerRadiusMm == 0) {
          throw new InvalidThermalInputException(
              "a wall temperature on a "
                  + name(geometry)
                  + " needs the probe radius (--radius-mm)");
        }
      }
      case InnerBoundary.LineSink _ -> {
        if (geometry != Geometry1d.CYLINDRICAL) {
          throw new InvalidThermalInputException("a line sink needs the cylinder geometry");
        }
        if (innerRadiusMm != 0) {
          throw new InvalidThermalInputException(
              "a line sink sits on the axis (radius 0); drop --radius-mm");
        }
      }
      case InnerBoundary.HeatInput _, InnerBoundary.Insulated _ -> {}
      case InnerBoundary.CooledProbe probe -> {
        if (!probe.probe().cooling().isFixedLaw()) {
          throw new InvalidThermalInputException(
              "probe "
                  + probe.probe().id()
                  + ": its cooling law must be resolved to a W/m extraction or a convective one"
                  + " first (a regulated tip needs the protocol and the console)");
        }
        if (geometry != Geometry1d.CYLINDRICAL) {
          throw new InvalidThermalInputException(
              "a catalog probe is a cylinder: use the cylinder or axisym geometry");
        }
        if (innerRadiusMm != probe.probe().radiusMm()) {
          throw new InvalidThermalInputException(
              "the domain must start at the probe surface, radius "
                  + probe.probe().radiusMm()
                  + " mm");
        }
      }
    }
  }

  /**
   * A grid is too coarse when it cannot resolve the probe's curvature (spacing above half the
   * radius), the ice at the first output time (spacing above a quarter of the frozen diffusion
   * length there), or anything clinically useful (above {@link #COARSEST_SPACING_MM}).
   */
  private static void requireSpacing(
      double spacingMm, double innerRadiusMm, TissueProperties tissue, List<Double> timesSec) {
    if (!(spacingMm > 0) || !Double.isFinite(spacingMm)) {
      throw new InvalidThermalInputException(
          "the grid spacing must be positive, got " + spacingMm + " mm");
    }
    if (spacingMm > COARSEST_SPACING_MM) {
      throw new InvalidThermalInputException(
          "grid too coarse: " + spacingMm + " mm exceeds " + COARSEST_SPACING_MM + " mm");
    }
    if (innerRadiusMm > 0 && spacingMm > innerRadiusMm / 2) {
      throw new InvalidThermalInputException(
          "grid too coarse for a probe of radius "
              + innerRadiusMm
              + " mm: the spacing must be at most half of it, got "
              + spacingMm
              + " mm");
    }
    double firstTime = timesSec.stream().filter(t -> t > 0).findFirst().orElse(Double.NaN);
    if (!Double.isNaN(firstTime)) {
      double diffusionLengthMm = Math.sqrt(tissue.diffusivityFrozenM2PerSec() * firstTime) * 1e3;
      if (spacingMm > diffusionLengthMm / 4) {
        throw new InvalidThermalInputException(
            String.format(
                "grid too coarse for the first time %.3g s: the spacing must be at most %.3g mm"
                    + " (a quarter of the diffusion length), got %.3g mm",
                firstTime, diffusionLengthMm / 4, spacingMm));
      }
    }
  }

  private static String name(Geometry1d geometry) {
    return geometry == Geometry1d.CYLINDRICAL ? "cylinder" : "sphere";
  }
}
