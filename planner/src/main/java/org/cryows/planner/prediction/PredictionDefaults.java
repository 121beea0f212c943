package org.cryows.planner.prediction;

import java.util.List;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;

/**
 * The domain defaults of a prediction, in one place: grid spacing, the 3-D domain, the structure
 * clearance that decides the path, and what is reported when the request does not say.
 */
public final class PredictionDefaults {

  /**
   * The axisymmetric path is taken only when no structure lies within this distance of the
   * predicted 0 C edge: closer, a vessel's heat or bone's lower conductivity changes the ice.
   */
  public static final double CLEARANCE_MM = 10;

  /**
   * 3-D finest spacing: the 0 C front within one cell of the axisymmetric solver (cartesian.md).
   */
  public static final double THREE_D_SPACING_MM = 0.5;

  /** Smallest side of the 3-D domain: the benchmark's 50 mm cube. */
  public static final double THREE_D_MIN_SIDE_MM = 50;

  /** Tissue kept beyond the probes' active segments on every side of the 3-D domain, at least. */
  public static final double THREE_D_MARGIN_MM = 15;

  /** Voxel size of the label volume the 3-D path paints bone into. */
  public static final double LABEL_VOXEL_MM = 0.5;

  /** The isotherms reported unless asked otherwise: the ice edge and the neurolytic isotherms. */
  public static final List<Double> ISOTHERMS_C = List.of(0.0, -20.0, -40.0);

  /**
   * Exposure thresholds unless asked otherwise: -20 C for a predictable nerve block (Evans et al.
   * 1981, DOMAIN.md) and -40 C (lethal ice, Littrup 2009).
   */
  public static final List<Double> EXPOSURE_THRESHOLDS_C = List.of(-20.0, -40.0);

  /** Far field of the axisymmetric model, in diffusion lengths of the whole protocol. */
  public static final double FAR_FIELD_DIFFUSION_LENGTHS = 12;

  /** Body temperature: initial tissue, far field and arterial blood. */
  public static final double BODY_TEMPERATURE_C = 37;

  private PredictionDefaults() {}

  /**
   * The axisymmetric finest spacing for a probe: the benchmark's accuracy rule (0.15 mm), at most a
   * half of its radius and a quarter of its active length.
   */
  public static double axisymmetricSpacingMm(ProbeModel probe) {
    return Math.min(
        AxisymmetricProblem.DEFAULT_SPACING_MM,
        Math.min(probe.radiusMm() / 2, probe.activeLengthMm() / 4));
  }

  /** The side of the 3-D domain along an axis for the probes' extent along it. */
  public static double threeDimensionalSideMm(double activeExtentMm) {
    return Math.max(THREE_D_MIN_SIDE_MM, activeExtentMm + 2 * THREE_D_MARGIN_MM);
  }
}
