package org.cryows.planner.prediction;

import java.util.Objects;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.cartesian.PointMm;

/**
 * A probe where the plan puts it, in the plan's frame: its tip and the direction from the tip
 * towards the handle. The active segment runs from the tip along that direction.
 *
 * @param towardHandle direction from the tip to the handle; normalised here
 */
public record PlacedProbe(ProbeModel probe, PointMm tipMm, PointMm towardHandle) {

  public PlacedProbe {
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(tipMm, "tipMm");
    Objects.requireNonNull(towardHandle, "towardHandle");
    towardHandle = towardHandle.unit();
  }

  /** The point of the axis at that distance from the tip towards the handle. */
  public PointMm axisPointMm(double distanceFromTipMm) {
    return tipMm.plus(towardHandle.times(distanceFromTipMm));
  }

  public PointMm activeEndMm() {
    return axisPointMm(probe.activeSegmentEndMm());
  }

  public PointMm activeCentreMm() {
    return axisPointMm(0.5 * (probe.activeSegmentStartMm() + probe.activeSegmentEndMm()));
  }
}
