package org.cryows.probecontrol.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.Gas;

/**
 * Whatever commands, faults and operator inputs arrive, in any order, the console's own safety
 * holds on every telemetry sample:
 *
 * <ul>
 *   <li>while its safety is tripped (an alarm raised and not cleared) both valves are commanded
 *       closed; once the trip is older than a valve's travel, that valve is sensed closed, except a
 *       probe valve stuck open, for which the supply shut-off is closed;
 *   <li>once the workstation's heartbeat is {@value FirmwareSafety#HEARTBEAT_DEADLINE_MS} ms old,
 *       both valves are sensed closed (the probe valve unless stuck open);
 *   <li>the probe valve is commanded open only while the console runs an accepted Start that no
 *       Stop, Vent or trip has ended.
 * </ul>
 */
class ConsoleSafetyPropertyTest {

  @Property(tries = 4000)
  void consoleSafety_anyCommandsFaultsAndInputs_holdsOnEverySample(
      @ForAll("scripts") @Size(max = 40) List<Action> script) {
    runAndCheck(script);
  }

  /**
   * Found by the property: a hang that ends exactly when the final wait does left no telemetry to
   * check, and the firmware no longer hung, so the run was taken for a silent console.
   */
  @Example
  void consoleSafety_hangEndingWithTheRun_firmwareResumesAndReports() {
    runAndCheck(
        List.of(
            new Inject(Fault.FIRMWARE_HANG, 2281),
            new Wait(3, true),
            new Wait(7, true),
            new Wait(72, true),
            new Wait(699, true)));
  }

  private static void runAndCheck(List<Action> script) {
    Run run = new Run();
    for (Action action : script) {
      action.apply(run);
    }
    new Wait(1_500, false).apply(run);
    // A hang injected by the script may end just as that wait ends (the firmware reports again
    // once it resumes) or last to the end: give a resumed firmware a few telemetry periods.
    new Wait(5 * Firmware.TELEMETRY_PERIOD_MS, false).apply(run);
    net.jqwik.api.statistics.Statistics.label("tripped at the end")
        .collect(!run.sim.latchedTrips().isEmpty());
    net.jqwik.api.statistics.Statistics.label("reached a run").collect(run.everRan);
    if (run.samples == 0 && !run.sim.firmwareHung()) {
      throw new AssertionError("no telemetry was checked");
    }
  }

  // ---- the run and its checks -----------------------------------------------------------------

  static final class Run {
    final ConsoleSimulator sim;
    final Set<String> raised = new HashSet<>();
    final List<long[]> stuckIntervalsMs = new ArrayList<>();
    long trippedSinceMs = -1;
    boolean runningPerModel;
    boolean heartbeatDelivered;
    boolean everRan;
    int samples;

    Run() {
      ConsoleSimulator[] self = new ConsoleSimulator[1];
      sim = new ConsoleSimulator(SimulatorConfig.defaults(Gas.CO2), r -> observe(self[0], r));
      self[0] = sim;
    }

    void send(ConsoleCommand command) {
      if (sim.linkDown()) {
        return;
      }
      CommandResult result = sim.handle(command);
      if (!result.accepted()) {
        return;
      }
      switch (command) {
        case ConsoleCommand.Start s -> {
          runningPerModel = true;
          everRan = true;
        }
        case ConsoleCommand.Stop s -> runningPerModel = false;
        case ConsoleCommand.Vent v -> runningPerModel = false;
        case ConsoleCommand.Heartbeat h -> heartbeatDelivered = true;
        default -> {}
      }
    }

    private void observe(ConsoleSimulator sim, ConsoleReport report) {
      switch (report) {
        case ConsoleReport.ConsoleAlarmRaised a -> {
          if (raised.isEmpty()) {
            trippedSinceMs = sim.nowMs();
          }
          raised.add(a.code());
          runningPerModel = false;
        }
        case ConsoleReport.ConsoleAlarmCleared c -> raised.remove(c.code());
        case ConsoleReport.TelemetryReport t -> check(sim, t.telemetry());
        default -> {}
      }
    }

    private void check(ConsoleSimulator sim, Telemetry t) {
      samples++;
      long nowMs = t.consoleTimeMs();
      Set<String> latched = new HashSet<>();
      sim.latchedTrips().forEach(trip -> latched.add(trip.alarmCode()));
      require(latched.equals(raised), "latched " + latched + " but reported " + raised, t);
      boolean stuckRecently = stuckWithin(nowMs - Plant.PROBE_VALVE_TRAVEL_MS, nowMs);
      if (!raised.isEmpty()) {
        long trippedForMs = nowMs - trippedSinceMs;
        require(!t.probeValveCommandedOpen(), "probe valve commanded open while tripped", t);
        require(!t.supplyValveCommandedOpen(), "supply valve commanded open while tripped", t);
        if (trippedForMs >= Plant.PROBE_VALVE_TRAVEL_MS && !stuckRecently) {
          require(!t.probeValveSensedOpen(), "probe valve sensed open while tripped", t);
        }
        if (trippedForMs >= Plant.SUPPLY_VALVE_TRAVEL_MS) {
          require(!t.supplyValveSensedOpen(), "supply valve sensed open while tripped", t);
        }
      }
      if (heartbeatDelivered && t.msSinceHeartbeat() >= FirmwareSafety.HEARTBEAT_DEADLINE_MS) {
        require(!t.supplyValveSensedOpen(), "supply valve open after heartbeat deadline", t);
        if (!stuckRecently) {
          require(!t.probeValveSensedOpen(), "probe valve open after heartbeat deadline", t);
        }
      }
      if (t.probeValveCommandedOpen()) {
        require(runningPerModel, "probe valve commanded open outside an accepted run", t);
      }
      require(sim.running() == runningPerModel, "running " + sim.running(), t);
    }

    private boolean stuckWithin(long fromMs, long toMs) {
      for (long[] interval : stuckIntervalsMs) {
        if (interval[0] <= toMs && interval[1] > fromMs) {
          return true;
        }
      }
      return false;
    }

    private void require(boolean condition, String what, Telemetry t) {
      if (!condition) {
        throw new AssertionError(
            what
                + " at "
                + t.consoleTimeMs()
                + " ms (tripped since "
                + trippedSinceMs
                + ", alarms "
                + raised
                + ", faults "
                + sim.activeFaults()
                + "): "
                + t);
      }
    }
  }

  // ---- actions --------------------------------------------------------------------------------

  sealed interface Action {
    void apply(Run run);
  }

  /** Time passes; the workstation sends heartbeats every 100 ms if {@code heartbeats}. */
  record Wait(long ms, boolean heartbeats) implements Action {
    @Override
    public void apply(Run run) {
      long endMs = run.sim.nowMs() + ms;
      while (run.sim.nowMs() < endMs) {
        if (heartbeats) {
          run.send(new ConsoleCommand.Heartbeat());
        }
        run.sim.advance(Math.min(100, endMs - run.sim.nowMs()));
      }
    }
  }

  record Send(ConsoleCommand command) implements Action {
    @Override
    public void apply(Run run) {
      run.send(command);
    }
  }

  record Inject(Fault fault, long durationMs) implements Action {
    @Override
    public void apply(Run run) {
      long startMs = run.sim.nowMs();
      ScheduledFault scheduled =
          durationMs == 0
              ? ScheduledFault.untilEnd(startMs / 1000.0, fault)
              : new ScheduledFault(startMs / 1000.0, fault, durationMs / 1000.0);
      run.sim.inject(scheduled);
      if (fault == Fault.VALVE_STUCK_OPEN) {
        run.stuckIntervalsMs.add(new long[] {scheduled.startMs(), scheduled.endMs()});
      }
    }
  }

  record Estop(boolean pressed) implements Action {
    @Override
    public void apply(Run run) {
      run.sim.setEstopPressed(pressed);
    }
  }

  record FootSwitch(boolean pressed) implements Action {
    @Override
    public void apply(Run run) {
      run.sim.setFootSwitchPressed(pressed);
    }
  }

  /** The workstation's normal way to a freeze, so that random scripts often reach one. */
  record ToFreezing() implements Action {
    @Override
    public void apply(Run run) {
      run.send(new ConsoleCommand.Stop());
      run.send(new ConsoleCommand.LoadProtocol(ConsoleHarness.protocol(Gas.CO2)));
      run.send(new ConsoleCommand.RunSelfTest());
      new Wait(2_000, true).apply(run);
      run.send(new ConsoleCommand.Arm());
      run.send(new ConsoleCommand.Start());
      run.send(new ConsoleCommand.SetProbeValve(true));
    }
  }

  @Provide
  Arbitrary<List<Action>> scripts() {
    Arbitrary<ConsoleCommand> commands =
        Arbitraries.of(
            new ConsoleCommand.Identify(),
            new ConsoleCommand.RunSelfTest(),
            new ConsoleCommand.LoadProtocol(ConsoleHarness.protocol(Gas.CO2)),
            new ConsoleCommand.Arm(),
            new ConsoleCommand.Start(),
            new ConsoleCommand.Stop(),
            new ConsoleCommand.Vent(),
            new ConsoleCommand.SetProbeValve(true),
            new ConsoleCommand.SetProbeValve(false),
            new ConsoleCommand.SetSupplyValve(true),
            new ConsoleCommand.SetSupplyValve(false),
            new ConsoleCommand.Heartbeat());
    Arbitrary<Action> action =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                6,
                Arbitraries.longs()
                    .between(0, 1_500)
                    .flatMap(
                        ms -> Arbitraries.of(true, true, true, false).map(hb -> new Wait(ms, hb)))),
            net.jqwik.api.Tuple.of(6, commands.map(Send::new)),
            net.jqwik.api.Tuple.of(
                3,
                Arbitraries.of(Fault.class)
                    .flatMap(
                        f ->
                            Arbitraries.longs()
                                .between(0, 3_000)
                                .map(ms -> (Action) new Inject(f, ms)))),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(Estop::new)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(FootSwitch::new)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(new ToFreezing())));
    return action.list().ofMaxSize(40);
  }
}
