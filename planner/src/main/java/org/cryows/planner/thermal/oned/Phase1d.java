package org.cryows.planner.thermal.oned;

import java.util.Objects;
import org.cryows.planner.thermal.InvalidThermalInputException;

/**
 * One phase of a one-dimensional protocol: a freeze, a passive thaw (insulated wall) or an active
 * thaw (a heat input or a wall above 0 C).
 */
public record Phase1d(Kind kind, double durationSec, InnerBoundary boundary) {

  /** What a phase is for; each kind accepts only the boundaries that do that. */
  public enum Kind {
    FREEZE,
    PASSIVE_THAW,
    ACTIVE_THAW
  }

  public Phase1d {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(boundary, "boundary");
    if (!(durationSec > 0) || !Double.isFinite(durationSec)) {
      throw new InvalidThermalInputException(
          kind + " phase: the duration must be positive seconds, got " + durationSec);
    }
    boolean fits =
        switch (kind) {
          case FREEZE ->
              !(boundary instanceof InnerBoundary.HeatInput)
                  && !(boundary instanceof InnerBoundary.Insulated);
          case PASSIVE_THAW -> boundary instanceof InnerBoundary.Insulated;
          case ACTIVE_THAW ->
              boundary instanceof InnerBoundary.HeatInput
                  || boundary instanceof InnerBoundary.WallTemperature wall
                      && wall.temperatureC() > 0;
        };
    if (!fits) {
      throw new InvalidThermalInputException(
          kind
              + " phase cannot use "
              + boundary
              + ": a freeze needs a cold wall, a sink or a probe, a passive thaw an insulated"
              + " wall, an active thaw a heat input or a wall above 0 C");
    }
  }

  public static Phase1d freeze(double durationSec, InnerBoundary boundary) {
    return new Phase1d(Kind.FREEZE, durationSec, boundary);
  }

  public static Phase1d passiveThaw(double durationSec) {
    return new Phase1d(Kind.PASSIVE_THAW, durationSec, new InnerBoundary.Insulated());
  }

  public static Phase1d activeThaw(double durationSec, InnerBoundary boundary) {
    return new Phase1d(Kind.ACTIVE_THAW, durationSec, boundary);
  }
}
