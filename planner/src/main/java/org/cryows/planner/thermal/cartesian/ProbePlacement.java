package org.cryows.planner.thermal.cartesian;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.ProbeModel;

/**
 * A catalog probe placed in the model: its tip, the direction from the tip towards the handle, and
 * the gas supply pressure it runs at. The active (freezing) segment runs from the tip along that
 * direction for the probe's active length.
 *
 * @param towardHandle direction from the tip to the handle; normalised here
 */
public record ProbePlacement(
    ProbeModel probe, Vector3 tipMm, Vector3 towardHandle, double supplyPressureKPa) {

  public ProbePlacement {
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(tipMm, "tipMm");
    Objects.requireNonNull(towardHandle, "towardHandle");
    towardHandle = towardHandle.normalized();
    if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
      throw new IllegalArgumentException(
          probe.id() + ": supply pressure must be zero or positive, got " + supplyPressureKPa);
    }
  }

  /** The far end of the active segment. */
  public Vector3 activeEndMm() {
    return tipMm.plus(towardHandle.times(probe.activeLengthMm()));
  }

  /**
   * Whether a point lies inside the probe: within its radius of the axis, from the tip up the shaft
   * (the shaft runs on beyond the active segment towards the handle).
   */
  public boolean containsMm(Vector3 point) {
    Vector3 offset = point.minus(tipMm);
    double along = offset.dot(towardHandle);
    if (along < 0) {
      return false;
    }
    Vector3 radial = offset.minus(towardHandle.times(along));
    double radius = probe.radiusMm();
    return radial.dot(radial) < radius * radius;
  }

  /** The point of the probe axis at that distance from the tip (negative: beyond the tip). */
  public Vector3 axisPointMm(double distanceFromTipMm) {
    return tipMm.plus(towardHandle.times(distanceFromTipMm));
  }
}
