package org.cryows.planner.thermal.axisym;

import java.util.Objects;
import org.cryows.planner.thermal.InvalidThermalInputException;

/**
 * One phase of a protocol on the probe's active segment: a freeze, a passive thaw (gas off, the
 * probe neither takes nor gives heat) or an active thaw (warm gas or a warm wall).
 */
public record ProbePhase(Kind kind, double durationSec, ActiveSegmentCondition condition) {

  /** What a phase is for; each kind accepts only the conditions that do that. */
  public enum Kind {
    FREEZE,
    PASSIVE_THAW,
    ACTIVE_THAW
  }

  public ProbePhase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(condition, "condition");
    if (!(durationSec > 0) || !Double.isFinite(durationSec)) {
      throw new InvalidThermalInputException(
          kind + " phase: the duration must be positive seconds, got " + durationSec);
    }
    boolean fits =
        switch (kind) {
          case FREEZE ->
              condition instanceof ActiveSegmentCondition.WallTemperature
                  || condition instanceof ActiveSegmentCondition.Cooling;
          case PASSIVE_THAW -> condition instanceof ActiveSegmentCondition.Insulated;
          case ACTIVE_THAW ->
              condition instanceof ActiveSegmentCondition.HeatInput
                  || condition instanceof ActiveSegmentCondition.WallTemperature wall
                      && wall.temperatureC() > 0;
        };
    if (!fits) {
      throw new InvalidThermalInputException(
          kind
              + " phase cannot use "
              + condition
              + ": a freeze needs a wall temperature or a cooling law, a passive thaw an insulated"
              + " probe, an active thaw a heat input or a wall above 0 C");
    }
  }

  public static ProbePhase freeze(double durationSec, ActiveSegmentCondition condition) {
    return new ProbePhase(Kind.FREEZE, durationSec, condition);
  }

  public static ProbePhase passiveThaw(double durationSec) {
    return new ProbePhase(Kind.PASSIVE_THAW, durationSec, new ActiveSegmentCondition.Insulated());
  }

  public static ProbePhase activeThaw(double durationSec, ActiveSegmentCondition condition) {
    return new ProbePhase(Kind.ACTIVE_THAW, durationSec, condition);
  }
}
