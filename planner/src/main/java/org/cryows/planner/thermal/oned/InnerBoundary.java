package org.cryows.planner.thermal.oned;

import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;

/**
 * What the inner end of a one-dimensional domain does to the tissue during a phase of the protocol:
 * a freeze's wall, sink or probe, the insulated probe of a passive thaw, the heat input or warm
 * wall of an active thaw.
 */
public sealed interface InnerBoundary {

  /** Takes heat out of the tissue (or holds a wall at a set temperature): can drive a freeze. */
  default boolean canFreeze() {
    return !(this instanceof HeatInput) && !(this instanceof Insulated);
  }

  /**
   * The boundary during a phase: the freeze's own for a freeze, insulated for a passive thaw, the
   * active thaw's heating otherwise.
   */
  static InnerBoundary during(
      FreezeCycle.PhaseKind kind, InnerBoundary freeze, Optional<ActiveThaw> activeThaw) {
    return switch (kind) {
      case FREEZE -> freeze;
      case PASSIVE_THAW -> new Insulated();
      case ACTIVE_THAW ->
          switch (activeThaw.orElseThrow()) {
            case ActiveThaw.HeatInput heat -> new HeatInput(heat.watts());
            case ActiveThaw.WarmWall wall -> new WallTemperature(wall.temperatureC());
          };
    };
  }

  /** A wall held at a fixed temperature (the Stefan problems; a probe surface at a set point). */
  record WallTemperature(double temperatureC) implements InnerBoundary {
    public WallTemperature {
      if (!Double.isFinite(temperatureC) || temperatureC < -273.15) {
        throw new IllegalArgumentException("wall temperature is not physical: " + temperatureC);
      }
    }
  }

  /** Heat taken out at the axis of a cylinder, W per metre (Paterson's line sink). */
  record LineSink(double wattsPerMeter) implements InnerBoundary {
    public LineSink {
      if (!(wattsPerMeter > 0) || !Double.isFinite(wattsPerMeter)) {
        throw new IllegalArgumentException(
            "a line sink extracts heat: W/m must be positive, got " + wattsPerMeter);
      }
    }
  }

  /** A catalog probe's cooling law acting on its outer surface. */
  record CooledProbe(ProbeModel probe, double supplyPressureKPa) implements InnerBoundary {
    public CooledProbe {
      Objects.requireNonNull(probe, "probe");
      if (!(supplyPressureKPa >= 0) || !Double.isFinite(supplyPressureKPa)) {
        throw new IllegalArgumentException("supply pressure must be zero or positive");
      }
    }
  }

  /**
   * Heat put into the tissue through the wall (warm gas thawing actively), per unit of geometry: W
   * per square metre of plane wall, per metre of cylinder, or in total for a sphere.
   */
  record HeatInput(double watts) implements InnerBoundary {
    public HeatInput {
      if (!(watts > 0) || !Double.isFinite(watts)) {
        throw new IllegalArgumentException("a heat input must be positive, got " + watts);
      }
    }
  }

  /** No heat through the wall: the probe is off and the ice thaws from the tissue around it. */
  record Insulated() implements InnerBoundary {}
}
