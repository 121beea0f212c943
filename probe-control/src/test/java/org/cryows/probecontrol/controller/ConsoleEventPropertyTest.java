package org.cryows.probecontrol.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/**
 * A fault the console detects itself strikes during a freeze, and its event frame arrives at once
 * (ahead of the telemetry that shows the fault), late (after it), twice, or not at all (lost on
 * every retry, announced again 160 ms later). Whatever its fate, the safety invariants of {@link
 * SimulationRun} hold; an event that arrives first stops the gas in the call that delivers it; a
 * lost one leaves the telemetry to stop the gas within the old 100 ms.
 */
class ConsoleEventPropertyTest {

  private static final long FREEZE_STARTS_MS = 5_000;

  @Property(tries = 2_000)
  void consoleDetectedFault_anyFateOfItsEvent_gasStopsInTime(
      @ForAll("consoleFaults") Fault fault,
      @ForAll FakeConsole.EventFate fate,
      @ForAll @LongRange(min = 600, max = 5_000) long intoFreezeMs,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    Statistics.label("fault").collect(fault);
    Statistics.label("fate").collect(fate);
    long onsetMs = FREEZE_STARTS_MS + intoFreezeMs;
    SimulationRun run = new SimulationRun(scenario(fault, onsetMs, seed));
    run.console.forceEventFate(fate);
    run.run();
    if (!run.violations.isEmpty()) {
      throw new AssertionError(fault + " " + fate + ": " + run.violations);
    }
    // A stuck valve shows against the stop's close; its safe action ends with a vent.
    ConsoleCommand stop =
        fault == Fault.VALVE_STUCK_OPEN
            ? new ConsoleCommand.Vent()
            : new ConsoleCommand.SetProbeValve(false);
    long faultShowsMs = fault == Fault.VALVE_STUCK_OPEN ? onsetMs + STOP_AFTER_MS : onsetMs;
    long stoppedMs = firstCommandAtOrAfter(run, stop, faultShowsMs);
    Optional<Long> eventMs = firstEventArrival(run, fault, faultShowsMs);
    switch (fate) {
      case AT_ONCE, TWICE -> {
        if (eventMs.isEmpty() || stoppedMs != eventMs.get()) {
          throw new AssertionError(
              fault + " " + fate + ": event at " + eventMs + ", gas stopped at " + stoppedMs);
        }
      }
      case LATE, LOST -> {
        if (stoppedMs - faultShowsMs > 100) {
          throw new AssertionError(
              fault + " " + fate + ": gas stopped " + (stoppedMs - faultShowsMs) + " ms after");
        }
        if (fate == FakeConsole.EventFate.LOST
            && eventMs.isPresent()
            && eventMs.get() <= stoppedMs) {
          throw new AssertionError(fault + " LOST, yet an event came at " + eventMs.get());
        }
      }
    }
  }

  /**
   * The event frame never arrives (lost on every retry): the telemetry stops the gas within the
   * deadline it always had, 100 ms.
   */
  @Example
  void skinTemperatureLow_eventLost_telemetryStopsTheGasWithin100Ms() {
    long onsetMs = FREEZE_STARTS_MS + 2_013;
    SimulationRun run = new SimulationRun(scenario(Fault.SKIN_TEMP_LOW, onsetMs, 5));
    run.console.forceEventFate(FakeConsole.EventFate.LOST);
    run.run();
    if (!run.violations.isEmpty()) {
      throw new AssertionError(run.violations.toString());
    }
    long stoppedMs = firstCommandAtOrAfter(run, new ConsoleCommand.SetProbeValve(false), onsetMs);
    if (stoppedMs - onsetMs > FakeConsole.TELEMETRY_PERIOD_MS) {
      throw new AssertionError("stopped " + (stoppedMs - onsetMs) + " ms after, not by the sample");
    }
  }

  private static final long STOP_AFTER_MS = 50;

  private static Scenario scenario(Fault fault, long onsetMs, long seed) {
    // Setpoint at the gas's limit, so the probe valve stays open through the freeze.
    Scenario clean = Scenario.clean(Gas.CO2, -78, List.of(new FreezeCycle(12, 0)), onsetMs + 3_000);
    List<Scenario.Step> steps = new ArrayList<>(clean.steps());
    if (fault == Fault.VALVE_STUCK_OPEN) {
      steps.add(new Scenario.Step(onsetMs + STOP_AFTER_MS, Scenario.Kind.STOP, 0));
    }
    return new Scenario(
        clean.gas(),
        clean.setpointC(),
        clean.cycles(),
        steps,
        List.of(new Scenario.FaultWindow(fault, onsetMs, Long.MAX_VALUE)),
        clean.durationMs(),
        seed,
        true);
  }

  private static long firstCommandAtOrAfter(
      SimulationRun run, ConsoleCommand command, long fromMs) {
    for (RecordingEvents.Recorded r : run.events.all) {
      if (r instanceof RecordingEvents.Command c
          && c.tMs() >= fromMs
          && c.command().equals(command)) {
        return c.tMs();
      }
    }
    throw new AssertionError(command + " never sent after " + fromMs + " ms");
  }

  private static Optional<Long> firstEventArrival(SimulationRun run, Fault fault, long fromMs) {
    for (RecordingEvents.Recorded r : run.events.all) {
      if (r instanceof RecordingEvents.Report(long tMs, ConsoleReport.ConsoleEvent e)
          && tMs >= fromMs
          && e.fault() == fault
          && e.present()) {
        return Optional.of(tMs);
      }
    }
    return Optional.empty();
  }

  @Provide
  Arbitrary<Fault> consoleFaults() {
    return Arbitraries.of(List.copyOf(Fault.consoleDetected()));
  }
}
