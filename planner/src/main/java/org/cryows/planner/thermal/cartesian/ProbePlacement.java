package org.cryows.planner.thermal.cartesian;

import java.util.Objects;
import org.cryows.planner.thermal.ProbeModel;

/**
 * A catalog probe placed in the model: its tip, the direction from the tip towards the handle, and
 * the gas supply pressure it runs at. The active (freezing) segment runs from the tip along that
 * direction for the probe's active length.
 *
 * @param towardHandle direction from the tip to the handle; normalised here
 */
public record ProbePlacement(
    ProbeModel probe, PointMm tipMm, PointMm towardHandle, double supplyPressureKPa) {

  public ProbePlacement {
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(tipMm, "tipMm");
    Objects.requireNonNull(towardHandle, "towardHandle");
    towardHandle = towardHandle.unit();
    if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
      throw new IllegalArgumentException(
          probe.id() + ": supply pressure must be zero or positive, got " + supplyPressureKPa);
    }
  }

  /** The far end of the active segment. */
  public PointMm activeEndMm() {
    return tipMm.plus(towardHandle.times(probe.activeLengthMm()));
  }

  /** The point of the probe axis at that distance from the tip (negative: beyond the tip). */
  public PointMm axisPointMm(double distanceFromTipMm) {
    return tipMm.plus(towardHandle.times(distanceFromTipMm));
  }
}
