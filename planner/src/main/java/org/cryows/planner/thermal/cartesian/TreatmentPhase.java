package org.cryows.planner.thermal.cartesian;

/**
 * One phase of a treatment protocol, run by every probe at once. A freeze cycle in practice is a
 * freeze, a thaw (passive or active) and a second freeze (DOMAIN.md: 2-3 cycles of 2-3 minutes).
 */
public sealed interface TreatmentPhase {

  double durationSec();

  /** The probes extract heat by their cooling law; its ramp restarts with every freeze. */
  record Freeze(double durationSec) implements TreatmentPhase {
    public Freeze {
      requireDuration("freeze", durationSec);
    }
  }

  /** Gas off: the ice thaws by the heat of the surrounding tissue and blood only. */
  record PassiveThaw(double durationSec) implements TreatmentPhase {
    public PassiveThaw {
      requireDuration("passive thaw", durationSec);
    }
  }

  /**
   * The probe heats its active segment (warm gas or an electric heater) with a given power per
   * metre of active length.
   */
  record ActiveThaw(double durationSec, double heatingWattsPerM) implements TreatmentPhase {
    public ActiveThaw {
      requireDuration("active thaw", durationSec);
      if (!(heatingWattsPerM > 0) || !Double.isFinite(heatingWattsPerM)) {
        throw new IllegalArgumentException(
            "active thaw: heating must be positive, got " + heatingWattsPerM + " W/m");
      }
    }
  }

  private static void requireDuration(String phase, double durationSec) {
    if (!(durationSec > 0) || !Double.isFinite(durationSec)) {
      throw new IllegalArgumentException(
          phase + ": duration must be positive, got " + durationSec + " s");
    }
  }
}
