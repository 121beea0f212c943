package org.cryows.probecontrol.session;

import java.util.List;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/**
 * One randomized session: a protocol, the operator's steps, the faults and how long it runs, all on
 * simulated time. {@code seed} seeds the line noise; {@code eventFrames} says whether the console's
 * firmware sends event frames (else its telemetry alone shows the faults it detects).
 */
record SessionCase(
    Gas gas,
    double setpointC,
    List<FreezeCycle> cycles,
    List<Step> steps,
    List<ScheduledFault> faults,
    long durationMs,
    long seed,
    boolean eventFrames) {

  /** A console that sends event frames, as the simulator's default firmware does. */
  SessionCase(
      Gas gas,
      double setpointC,
      List<FreezeCycle> cycles,
      List<Step> steps,
      List<ScheduledFault> faults,
      long durationMs,
      long seed) {
    this(gas, setpointC, cycles, steps, faults, durationMs, seed, true);
  }

  SessionCase {
    cycles = List.copyOf(cycles);
    steps = steps.stream().sorted(java.util.Comparator.comparingLong(Step::atMs)).toList();
    faults = List.copyOf(faults);
  }

  enum Kind {
    CONNECT,
    SELF_TEST,
    LOAD,
    ARM,
    PEDAL_DOWN,
    PEDAL_UP,
    START,
    STOP,
    ESTOP,
    ACK_ONE,
    ACK_ALL,
    PAUSE_ONE
  }

  /** An operator step; {@code pick} chooses which active alarm an acknowledge or pause aims at. */
  record Step(long atMs, Kind kind, int pick) {}

  @Override
  public String toString() {
    return "SessionCase["
        + gas
        + " "
        + setpointC
        + " C, cycles "
        + cycles
        + ", "
        + durationMs
        + " ms, seed "
        + seed
        + (eventFrames ? ", event frames" : ", telemetry only")
        + "\n  steps "
        + steps
        + "\n  faults "
        + faults
        + "]";
  }
}
