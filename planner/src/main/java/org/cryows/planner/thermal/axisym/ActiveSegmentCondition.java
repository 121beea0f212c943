package org.cryows.planner.thermal.axisym;

import java.util.Objects;
import org.cryows.planner.thermal.ProbeCooling;

/** How the probe's active segment (its lateral surface and closed tip) cools the tissue. */
public sealed interface ActiveSegmentCondition {

  /** The active surface held at a fixed temperature. */
  record WallTemperature(double temperatureC) implements ActiveSegmentCondition {
    public WallTemperature {
      if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
        throw new IllegalArgumentException("wall temperature is not physical: " + temperatureC);
      }
    }
  }

  /**
   * A probe cooling law. A heat extraction per unit length takes Q times the active length out in
   * total, spread evenly over the active surface.
   */
  record Cooling(ProbeCooling cooling, double supplyPressureKPa) implements ActiveSegmentCondition {
    public Cooling {
      Objects.requireNonNull(cooling, "cooling");
      if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
        throw new IllegalArgumentException("supply pressure must be zero or positive");
      }
    }
  }
}
