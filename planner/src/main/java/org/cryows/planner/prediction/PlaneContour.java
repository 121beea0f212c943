package org.cryows.planner.prediction;

import java.util.Objects;
import org.cryows.planner.thermal.cartesian.IsothermContour;

/**
 * An isotherm on one of the request's planes at one time: segments in the plane's (u, v)
 * coordinates, mm; {@code contour().plane().pointMm(u, v)} puts them in the plan's frame.
 */
public record PlaneContour(int planeIndex, double timeSec, IsothermContour contour) {
  public PlaneContour {
    Objects.requireNonNull(contour, "contour");
  }
}
