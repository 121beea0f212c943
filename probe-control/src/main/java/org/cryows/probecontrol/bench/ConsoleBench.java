package org.cryows.probecontrol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.cryows.probecontrol.alarm.ActiveAlarm;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.journal.SyncListener;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;
import org.cryows.probecontrol.session.ConsoleSession;
import org.cryows.probecontrol.session.JournalTally;
import org.cryows.probecontrol.session.JournalingEvents;
import org.cryows.probecontrol.session.RealTimeConsole;
import org.cryows.probecontrol.session.Scenario;
import org.cryows.probecontrol.session.ScenarioResult;
import org.cryows.probecontrol.session.ScenarioRunner;
import org.cryows.probecontrol.session.ScenarioStep;
import org.cryows.probecontrol.session.SimulatedConsole;
import org.cryows.probecontrol.session.SocatPtyPair;
import org.cryows.probecontrol.session.WallClock;
import org.cryows.probecontrol.simulator.FaultSchedule;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench console}: how fast the session stops the gas, and what the journal costs.
 *
 * <ol>
 *   <li>Fault to valve close, on the wall clock over a socat pty pair at 50 Hz: the controller
 *       freezes (setpoint at the gas's limit, so the probe valve stays open), a fault the
 *       controller must see in telemetry is injected at a random moment, the console's loop notes
 *       when its firmware commands the probe valve closed and when the valve reads closed. Then
 *       acknowledge, re-arm, start again; a fault every few seconds.
 *   <li>A 45-minute case (ten cycles of 3 min freeze, 1.5 min thaw) on simulated time as fast as
 *       possible over an in-memory line, journaled to a file: records, bytes, records/s; and as a
 *       baseline the same records appended straight to a journal file with no session around it.
 * </ol>
 *
 * Prints one JSON line per part. Figures only: nothing here is asserted.
 */
@Command(
    name = "console",
    description = {
      "Fault-to-valve-close latency (p50/p99) over a socat pty at 50 Hz in real time, faults"
          + " every few seconds; journal throughput and size for a 45-minute case run as fast as"
          + " possible. One JSON line per part.",
      "Goal: p99 fault to valve close commanded below 20 ms."
    })
public final class ConsoleBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Fault> FAULTS =
      List.of(Fault.FOOT_SWITCH_RELEASED, Fault.TIP_SENSOR_OPEN);
  private static final long FAULT_MS = 300;

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--duration-sec",
      paramLabel = "S",
      defaultValue = "180",
      description = "Length of the real-time latency run (default: ${DEFAULT-VALUE} s).")
  int durationSec;

  @Option(
      names = "--journal-minutes",
      paramLabel = "M",
      defaultValue = "45",
      description =
          "Length of the simulated case for the journal figures (default: ${DEFAULT-VALUE}).")
  int journalMinutes;

  @Option(names = "--seed", defaultValue = "1", description = "Seeds the fault timing.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (durationSec < 5 || journalMinutes < 1) {
      err.println("bench console: --duration-sec must be at least 5, --journal-minutes at least 1");
      return 2;
    }
    out.println(latency());
    out.flush();
    out.println(journal());
    out.flush();
    return 0;
  }

  // ------------------------------------------------------------------ latency

  /** What the console's loop saw after one injected fault (wall ms since the session start). */
  private static final class Measurement {
    final Fault fault;
    volatile long onsetMs = -1;
    volatile long closeCommandedMs = -1;
    volatile long closedMs = -1;

    Measurement(Fault fault) {
      this.fault = fault;
    }
  }

  private String latency() throws Exception {
    Path folder = Files.createTempDirectory("cryo-bench");
    Path journalFile = folder.resolve("latency.journal");
    var random = new SplittableRandom(seed);
    List<Measurement> measured = new ArrayList<>();
    String stoppedBecause = "";
    int freezesStarted = 0;
    try (SocatPtyPair ptys = SocatPtyPair.start();
        var workstationPort = new SerialBytePort(SerialSettings.defaults(ptys.linkA().toString()));
        var consolePort = new SerialBytePort(SerialSettings.defaults(ptys.linkB().toString()));
        JournalWriter writer =
            JournalWriter.create(
                journalFile, JournalKey.generate(), Instant.now(), SyncListener.LOG_ONLY)) {
      workstationPort.open();
      consolePort.open();
      var clock = new WallClock();
      var console =
          new SimulatedConsole(
              SimulatorConfig.defaults(Gas.CO2), consolePort, LinkTiming.DEFAULT, clock, seed);
      var events = new JournalingEvents(writer::append, Clock.systemUTC(), "bench");
      var session = new ConsoleSession(workstationPort, LinkTiming.DEFAULT, clock, events);
      Measurement[] current = new Measurement[1];
      try (RealTimeConsole running = RealTimeConsole.start(console, clock, "bench-console");
          var driving = session.startRealTime("bench-session")) {
        running.afterEachPass(sim -> watch(current[0], sim, clock.nowMs()));
        var protocol =
            new FreezeProtocol(
                Gas.CO2,
                Gas.CO2.coldestTipC() + 0.5,
                List.of(new FreezeCycle(FreezeCycle.MAX_PHASE_SEC, 0)));
        session.act(new OperatorAction.Connect());
        session.act(OperatorAction.LoadProtocol.of(protocol));
        Thread.sleep(200);
        session.act(new OperatorAction.SelfTest());
        Thread.sleep(2_200);
        long endMs = durationSec * 1000L;
        int next = 0;
        while (clock.nowMs() < endMs) {
          if (!startFreeze(session, running)) {
            stoppedBecause =
                "no freeze: " + session.controller().state() + " " + alarmCodes(session);
            break;
          }
          freezesStarted++;
          if (!waitFor(() -> console.simulator().readSensors().probeValveCommandedOpen(), 2_000)) {
            stoppedBecause = "the probe valve never opened";
            break;
          }
          Thread.sleep(300 + random.nextInt(700));
          Fault fault = FAULTS.get(next++ % FAULTS.size());
          var m = new Measurement(fault);
          current[0] = m;
          running.submit(
              sim -> {
                m.onsetMs = sim.nowMs();
                sim.inject(new ScheduledFault(sim.nowMs() / 1000.0, fault, FAULT_MS / 1000.0));
              });
          waitFor(() -> m.closedMs >= 0, 2_000);
          measured.add(m);
          Thread.sleep(FAULT_MS + 100);
          recover(session, running);
        }
      }
    } finally {
      Files.deleteIfExists(journalFile);
      Files.deleteIfExists(folder);
    }
    List<Long> toCommand = new ArrayList<>();
    List<Long> toClosed = new ArrayList<>();
    for (Measurement m : measured) {
      if (m.closeCommandedMs >= 0) {
        toCommand.add(m.closeCommandedMs - m.onsetMs);
      }
      if (m.closedMs >= 0) {
        toClosed.add(m.closedMs - m.onsetMs);
      }
    }
    ObjectNode line = JSON.createObjectNode();
    line.put("part", "latency");
    line.put("durationSec", durationSec);
    line.put("transport", "socat pty, jSerialComm, 115200 baud settings");
    line.put("telemetryHz", 50);
    line.put("freezesStarted", freezesStarted);
    line.put("faultsInjected", measured.size());
    line.put("faults", FAULTS.toString());
    put(line, "faultToCloseCommandedMs", Percentiles.of(toCommand));
    put(line, "faultToValveClosedMs", Percentiles.of(toClosed));
    line.put("goalP99Ms", 20);
    if (!stoppedBecause.isEmpty()) {
      line.put("stoppedBecause", stoppedBecause);
    }
    return line.toString();
  }

  /** On the console's thread: when its firmware commands the valve closed, when it reads closed. */
  private static void watch(
      Measurement m, org.cryows.probecontrol.simulator.ConsoleSimulator sim, long nowMs) {
    if (m == null || m.onsetMs < 0 || m.closedMs >= 0) {
      return;
    }
    var sensors = sim.readSensors();
    if (m.closeCommandedMs < 0 && !sensors.probeValveCommandedOpen()) {
      m.closeCommandedMs = nowMs;
    }
    if (!sensors.probeValveSensedOpen()) {
      m.closedMs = nowMs;
    }
  }

  private static boolean startFreeze(ConsoleSession session, RealTimeConsole running)
      throws InterruptedException {
    if (!session.act(new OperatorAction.Arm()).accepted()) {
      return false;
    }
    Thread.sleep(300);
    running.submit(sim -> sim.setFootSwitchPressed(true));
    session.act(new OperatorAction.FootSwitch(true));
    Thread.sleep(200);
    return session.act(new OperatorAction.Start()).accepted()
        && session.controller().state() == ControllerState.FREEZING;
  }

  /** Acknowledges every alarm and releases the pedal until the controller is READY again. */
  private static void recover(ConsoleSession session, RealTimeConsole running)
      throws InterruptedException {
    running.submit(sim -> sim.setFootSwitchPressed(false));
    session.act(new OperatorAction.FootSwitch(false));
    long deadline = System.nanoTime() + 3_000_000_000L;
    while (session.controller().state() != ControllerState.READY && System.nanoTime() < deadline) {
      for (ActiveAlarm alarm : session.controller().alarms(session.now()).alarms()) {
        session.act(new OperatorAction.Acknowledge(alarm.code()));
      }
      if (session.controller().state() == ControllerState.FREEZING) {
        session.act(new OperatorAction.Stop());
      }
      Thread.sleep(50);
    }
  }

  private static String alarmCodes(ConsoleSession session) {
    return session.controller().alarms(session.now()).alarms().stream()
        .map(ActiveAlarm::code)
        .toList()
        .toString();
  }

  private static boolean waitFor(java.util.function.BooleanSupplier condition, long timeoutMs)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(1);
    }
    return true;
  }

  private static void put(ObjectNode line, String name, Percentiles p) {
    ObjectNode node = line.putObject(name);
    node.put("count", p.count());
    if (p.count() == 0) {
      node.putNull("p50");
      node.putNull("p99");
      node.putNull("max");
      return;
    }
    node.put("p50", p.p50());
    node.put("p99", p.p99());
    node.put("max", p.max());
  }

  // ------------------------------------------------------------------ journal

  private String journal() throws IOException {
    Scenario scenario = longCase(journalMinutes);
    Path folder = Files.createTempDirectory("cryo-bench");
    Path sessionFile = folder.resolve("session.journal");
    Path baselineFile = folder.resolve("baseline.journal");
    JournalKey key = JournalKey.generate();
    try {
      List<JournalRecord> kept = new ArrayList<>();
      ScenarioResult result;
      long sessionNanos;
      try (JournalWriter writer =
          JournalWriter.create(sessionFile, key, Instant.now(), SyncListener.LOG_ONLY)) {
        var tally =
            new JournalTally(
                record -> {
                  writer.append(record);
                  kept.add(record);
                });
        var events = new JournalingEvents(tally, Clock.systemUTC(), "bench.operator");
        var pair = InMemoryBytePort.pair("workstation", "console");
        pair.a().open();
        pair.b().open();
        long start = System.nanoTime();
        result =
            new ScenarioRunner(scenario, tally, events, seed)
                .runOnSimulatedTime(pair.a(), pair.b());
        writer.sync();
        sessionNanos = System.nanoTime() - start;
      }
      long baselineNanos;
      try (JournalWriter writer =
          JournalWriter.create(baselineFile, key, Instant.now(), SyncListener.LOG_ONLY)) {
        long start = System.nanoTime();
        kept.forEach(writer::append);
        writer.sync();
        baselineNanos = System.nanoTime() - start;
      }
      long verifyStart = System.nanoTime();
      long verified;
      try (JournalReader reader = JournalReader.open(sessionFile, key)) {
        verified = reader.recordCount();
      }
      long verifyNanos = System.nanoTime() - verifyStart;
      long bytes = Files.size(sessionFile);
      ObjectNode line = JSON.createObjectNode();
      line.put("part", "journal");
      line.put("caseMinutes", journalMinutes);
      line.put("transport", "in-memory line, simulated time");
      line.put("finalState", result.finalState().name());
      line.put("records", result.records());
      line.put("bytes", bytes);
      line.put("megabytes", Math.round(bytes / 1e4) / 100.0);
      line.put("sessionWallMs", sessionNanos / 1_000_000);
      line.put("recordsPerSec", Math.round(result.records() / (sessionNanos / 1e9)));
      line.put("speedUpOverRealTime", Math.round(scenario.durationMs() / (sessionNanos / 1e6)));
      line.put("baselineAppendOnlyMs", baselineNanos / 1_000_000);
      line.put("baselineRecordsPerSec", Math.round(kept.size() / (baselineNanos / 1e9)));
      line.put("sessionToBaselineRatio", Math.round(100.0 * sessionNanos / baselineNanos) / 100.0);
      line.put("verifyMs", verifyNanos / 1_000_000);
      line.put("verifiedRecords", verified);
      return line.toString();
    } finally {
      Files.deleteIfExists(sessionFile);
      Files.deleteIfExists(baselineFile);
      Files.deleteIfExists(folder);
    }
  }

  /** Ten cycles of 3 min freeze and 1.5 min thaw per 45 minutes, after the usual start. */
  static Scenario longCase(int minutes) {
    int cycles = Math.max(1, Math.min(FreezeProtocol.MAX_CYCLES, minutes * 10 / 45));
    double phaseScale = minutes * 60.0 / (cycles * 270.0);
    List<FreezeCycle> list = new ArrayList<>();
    for (int i = 0; i < cycles; i++) {
      list.add(new FreezeCycle(180 * phaseScale, 90 * phaseScale));
    }
    var protocol = new FreezeProtocol(Gas.CO2, -70, list);
    List<ScenarioStep> steps =
        List.of(
            new ScenarioStep(0, new OperatorAction.Connect()),
            new ScenarioStep(0, OperatorAction.LoadProtocol.of(protocol)),
            new ScenarioStep(1_000, new OperatorAction.SelfTest()),
            new ScenarioStep(3_500, new OperatorAction.Arm()),
            new ScenarioStep(4_000, new OperatorAction.FootSwitch(true)),
            new ScenarioStep(5_000, new OperatorAction.Start()));
    return new Scenario(protocol, steps, FaultSchedule.none(), 5_000 + minutes * 60_000L + 1_000);
  }
}
