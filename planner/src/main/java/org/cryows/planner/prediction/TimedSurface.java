package org.cryows.planner.prediction;

import java.util.Objects;
import org.cryows.planner.thermal.cartesian.IsothermSurface;

/** An isotherm surface at one time, a triangle mesh in the plan's frame (for a 3-D view). */
public record TimedSurface(double timeSec, IsothermSurface surface) {
  public TimedSurface {
    Objects.requireNonNull(surface, "surface");
  }
}
