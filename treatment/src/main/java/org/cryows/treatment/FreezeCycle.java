package org.cryows.treatment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One freeze and the thaw after it, in seconds: a passive thaw (gas off, the ice thaws from the
 * warm tissue around it) and then, where the equipment can, an active thaw (the probe heats its
 * active segment). The console thaws passively only ({@link ConsoleCapabilities#thawsActively()}).
 */
public record FreezeCycle(double freezeSec, double passiveThawSec, double activeThawSec) {

  /** The longest freeze or thaw a protocol may ask for: 30 minutes. */
  public static final double MAX_PHASE_SEC = 1800;

  public FreezeCycle {
    if (!(freezeSec > 0 && freezeSec <= MAX_PHASE_SEC)) {
      throw new IllegalArgumentException(
          "freezeSec must be in (0, " + MAX_PHASE_SEC + "] s, was " + freezeSec);
    }
    if (!(passiveThawSec >= 0 && passiveThawSec <= MAX_PHASE_SEC)) {
      throw new IllegalArgumentException(
          "thawSec must be in [0, " + MAX_PHASE_SEC + "] s, was " + passiveThawSec);
    }
    if (!(activeThawSec >= 0 && activeThawSec <= MAX_PHASE_SEC)) {
      throw new IllegalArgumentException(
          "activeThawSec must be in [0, " + MAX_PHASE_SEC + "] s, was " + activeThawSec);
    }
  }

  /** A freeze and a passive thaw: what the console runs. */
  public FreezeCycle(double freezeSec, double thawSec) {
    this(freezeSec, thawSec, 0);
  }

  /** The whole thaw after the freeze, passive and active, s. */
  public double thawSec() {
    return passiveThawSec + activeThawSec;
  }

  /** What a phase of a cycle does; each solver turns it into its own boundary condition. */
  public enum PhaseKind {
    FREEZE,
    PASSIVE_THAW,
    ACTIVE_THAW
  }

  /**
   * One phase of a protocol on its time line, from the start of the first freeze.
   *
   * @param startSec when the phase starts
   */
  public record Phase(PhaseKind kind, double startSec, double durationSec) {
    public Phase {
      Objects.requireNonNull(kind, "kind");
      if (!(durationSec > 0) || !Double.isFinite(durationSec) || !(startSec >= 0)) {
        throw new IllegalArgumentException(
            kind + " phase: start " + startSec + " s, duration " + durationSec + " s");
      }
    }

    public double endSec() {
      return startSec + durationSec;
    }
  }

  /**
   * The cycles' phases in order: each freeze, then its passive and its active thaw where they last
   * longer than zero. Every solver derives its boundary conditions from this one sequence.
   */
  public static List<Phase> phases(List<FreezeCycle> cycles) {
    List<Phase> phases = new ArrayList<>();
    double startSec = 0;
    for (FreezeCycle cycle : cycles) {
      startSec = add(phases, PhaseKind.FREEZE, startSec, cycle.freezeSec());
      startSec = add(phases, PhaseKind.PASSIVE_THAW, startSec, cycle.passiveThawSec());
      startSec = add(phases, PhaseKind.ACTIVE_THAW, startSec, cycle.activeThawSec());
    }
    return List.copyOf(phases);
  }

  /** The phase running at that time (the earlier one at a boundary between two; the last after). */
  public static Phase phaseAt(List<Phase> phases, double timeSec) {
    double end = 0;
    for (Phase phase : phases) {
      end += phase.durationSec();
      if (timeSec <= end) {
        return phase;
      }
    }
    return phases.getLast();
  }

  /** Total length of the cycles, s. */
  public static double totalSec(List<FreezeCycle> cycles) {
    return cycles.stream().mapToDouble(c -> c.freezeSec() + c.thawSec()).sum();
  }

  /** Total freezing time of the cycles, s. */
  public static double totalFreezeSec(List<FreezeCycle> cycles) {
    return cycles.stream().mapToDouble(FreezeCycle::freezeSec).sum();
  }

  private static double add(List<Phase> phases, PhaseKind kind, double startSec, double sec) {
    if (sec > 0) {
      phases.add(new Phase(kind, startSec, sec));
    }
    return startSec + sec;
  }
}
