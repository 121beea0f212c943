package org.cryows.probecontrol.controller;

import java.util.Comparator;
import java.util.List;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/**
 * One simulated case: what the operator does when, which faults the console suffers when, for how
 * long it runs, the seeds for the driver's tick jitter and the line noise, and whether the console
 * reports the faults it detects itself in event frames.
 */
record Scenario(
    Gas gas,
    double setpointC,
    List<FreezeCycle> cycles,
    List<Step> steps,
    List<FaultWindow> faults,
    long durationMs,
    long seed,
    boolean consoleEvents) {

  enum Kind {
    CONNECT,
    SELF_TEST,
    LOAD,
    LOAD_TOO_COLD,
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

  /** An operator step; {@code pick} chooses which alarm for ACK_ONE and PAUSE_ONE. */
  record Step(long atMs, Kind kind, int pick) {}

  /** A fault from {@code onsetMs} until {@code endMs} (exclusive). */
  record FaultWindow(Fault fault, long onsetMs, long endMs) {}

  /** A console without event frames: telemetry alone shows its faults (cases found that way). */
  Scenario(
      Gas gas,
      double setpointC,
      List<FreezeCycle> cycles,
      List<Step> steps,
      List<FaultWindow> faults,
      long durationMs,
      long seed) {
    this(gas, setpointC, cycles, steps, faults, durationMs, seed, false);
  }

  Scenario {
    cycles = List.copyOf(cycles);
    steps = steps.stream().sorted(Comparator.comparingLong(Step::atMs)).toList();
    faults = List.copyOf(faults);
  }

  /** The clean procedure: connect, self-test, load, arm, pedal, start, and nothing goes wrong. */
  static Scenario clean(Gas gas, double setpointC, List<FreezeCycle> cycles, long durationMs) {
    return new Scenario(
        gas,
        setpointC,
        cycles,
        List.of(
            new Step(0, Kind.CONNECT, 0),
            new Step(1_000, Kind.SELF_TEST, 0),
            new Step(1_200, Kind.LOAD, 0),
            new Step(3_500, Kind.ARM, 0),
            new Step(4_000, Kind.PEDAL_DOWN, 0),
            new Step(5_000, Kind.START, 0)),
        List.of(),
        durationMs,
        1);
  }

  Scenario withFaults(List<FaultWindow> more) {
    return new Scenario(
        gas,
        setpointC,
        cycles,
        steps,
        java.util.stream.Stream.concat(faults.stream(), more.stream()).toList(),
        durationMs,
        seed,
        consoleEvents);
  }

  /** The same case with a console that does (or does not) send event frames. */
  Scenario withConsoleEvents(boolean events) {
    return new Scenario(gas, setpointC, cycles, steps, faults, durationMs, seed, events);
  }
}
