package org.cryows.planner.thermal;

import java.util.List;
import java.util.Objects;

/**
 * One phase of a treatment protocol run by a probe: a freeze, a passive thaw (gas off, the probe
 * neither takes nor gives heat) or an active thaw (warm gas or a warm wall). The same sequence in
 * every geometry; the condition is the geometry's own boundary type.
 *
 * @param <C> the geometry's boundary condition
 */
public record ProtocolPhase<C extends PhaseCondition>(Kind kind, double durationSec, C condition) {

  /** What a phase is for; each kind accepts only the conditions that do that. */
  public enum Kind {
    FREEZE,
    PASSIVE_THAW,
    ACTIVE_THAW
  }

  public ProtocolPhase {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(condition, "condition");
    if (!(durationSec > 0) || !Double.isFinite(durationSec)) {
      throw new InvalidThermalInputException(
          kind + " phase: the duration must be positive seconds, got " + durationSec);
    }
    boolean fits =
        switch (kind) {
          case FREEZE -> condition.canFreeze();
          case PASSIVE_THAW -> condition.isInsulated();
          case ACTIVE_THAW -> condition.canThawActively();
        };
    if (!fits) {
      throw new InvalidThermalInputException(
          kind
              + " phase cannot use "
              + condition
              + ": a freeze needs a cold wall, a sink or a cooling law, a passive thaw an"
              + " insulated probe, an active thaw a heat input or a wall above 0 C");
    }
  }

  public static <C extends PhaseCondition> ProtocolPhase<C> freeze(
      double durationSec, C condition) {
    return new ProtocolPhase<>(Kind.FREEZE, durationSec, condition);
  }

  /** A passive thaw with the geometry's insulated condition. */
  public static <C extends PhaseCondition> ProtocolPhase<C> passiveThaw(
      double durationSec, C insulated) {
    return new ProtocolPhase<>(Kind.PASSIVE_THAW, durationSec, insulated);
  }

  public static <C extends PhaseCondition> ProtocolPhase<C> activeThaw(
      double durationSec, C condition) {
    return new ProtocolPhase<>(Kind.ACTIVE_THAW, durationSec, condition);
  }

  /** The phase of a protocol running at that time (the earlier one at a boundary between two). */
  public static <C extends PhaseCondition> ProtocolPhase<C> at(
      List<ProtocolPhase<C>> phases, double timeSec) {
    double end = 0;
    for (ProtocolPhase<C> phase : phases) {
      end += phase.durationSec();
      if (timeSec <= end) {
        return phase;
      }
    }
    return phases.getLast();
  }
}
