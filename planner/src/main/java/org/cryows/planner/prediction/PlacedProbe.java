package org.cryows.planner.prediction;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.ProbeModel;

/**
 * A probe where the plan puts it, in the plan's frame: its tip and the direction from the tip
 * towards the handle. The active segment runs from the tip along that direction.
 *
 * @param towardHandle direction from the tip to the handle; normalised here
 */
public record PlacedProbe(ProbeModel probe, Vector3 tipMm, Vector3 towardHandle) {

  public PlacedProbe {
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(tipMm, "tipMm");
    Objects.requireNonNull(towardHandle, "towardHandle");
    towardHandle = towardHandle.normalized();
  }

  /** The point of the axis at that distance from the tip towards the handle. */
  public Vector3 axisPointMm(double distanceFromTipMm) {
    return tipMm.plus(towardHandle.times(distanceFromTipMm));
  }

  public Vector3 activeEndMm() {
    return axisPointMm(probe.activeSegmentEndMm());
  }

  public Vector3 activeCentreMm() {
    return axisPointMm(0.5 * (probe.activeSegmentStartMm() + probe.activeSegmentEndMm()));
  }
}
