package org.cryows.planner.thermal.axisym;

import java.util.Objects;
import java.util.Optional;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.treatment.ActiveThaw;
import org.cryows.treatment.FreezeCycle;

/**
 * What the probe's active segment (its lateral surface and closed tip) does to the tissue during a
 * phase of the protocol.
 */
public sealed interface ActiveSegmentCondition {

  /** Takes heat out of the tissue (or holds a wall at a set temperature): can drive a freeze. */
  default boolean canFreeze() {
    return this instanceof WallTemperature || this instanceof Cooling;
  }

  /**
   * The condition during a phase: the freeze's own for a freeze, insulated for a passive thaw, the
   * active thaw's heating otherwise.
   */
  static ActiveSegmentCondition during(
      FreezeCycle.PhaseKind kind, ActiveSegmentCondition freeze, Optional<ActiveThaw> activeThaw) {
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

  /** The active surface held at a fixed temperature: cold to freeze, warm to thaw actively. */
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

  /**
   * Heat put into the tissue, W per metre of active length, spread evenly over the active surface:
   * warm gas (helium, or a heater) thawing the ice actively.
   */
  record HeatInput(double wattsPerMeter) implements ActiveSegmentCondition {
    public HeatInput {
      if (!(wattsPerMeter > 0) || !Double.isFinite(wattsPerMeter)) {
        throw new IllegalArgumentException(
            "a heat input must be positive W/m, got " + wattsPerMeter);
      }
    }
  }

  /** No heat through the probe: gas off, the ice thaws from the warm tissue around it. */
  record Insulated() implements ActiveSegmentCondition {}
}
