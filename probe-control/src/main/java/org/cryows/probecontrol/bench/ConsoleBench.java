package org.cryows.probecontrol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.journal.SyncListener;
import org.cryows.probecontrol.session.JournalTally;
import org.cryows.probecontrol.session.JournalingEvents;
import org.cryows.probecontrol.session.Scenario;
import org.cryows.probecontrol.session.ScenarioResult;
import org.cryows.probecontrol.session.ScenarioRunner;
import org.cryows.probecontrol.session.ScenarioStep;
import org.cryows.probecontrol.simulator.FaultSchedule;
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
 *   <li>Fault to gas stopped, on the wall clock over a socat pty pair at 50 Hz ({@link
 *       LatencyRun}): the controller freezes (setpoint at the gas's limit, so the probe valve stays
 *       open) and one fault of every class strikes a freeze at a random moment, then the quick ones
 *       the console detects itself in turn until the time is up. Those are timed from the console's
 *       detection (its event frame's moment) to the stopping command leaving the workstation and to
 *       the valve reading closed; the classes the workstation judges from a watchdog or a trend
 *       from their onset (the line closed in for a leak, the freeze's start for a blocked probe),
 *       against their own deadline; line noise is not timed (it must not stop the freeze). Then the
 *       same with a console that sends no event frames, the baseline: telemetry alone.
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
      "Fault to gas stopped over a socat pty at 50 Hz in real time, every fault class: the ones"
          + " the console detects itself timed from its detection (p50/p99/max per class and over"
          + " them), the ones the workstation judges from a watchdog or a trend against their own"
          + " deadline, line noise not stopping the freeze; then the same with a console that"
          + " sends no event frames (the baseline) and the ratios; the machine's load. Journal"
          + " throughput and size for a 45-minute case run as fast as possible. One JSON line per"
          + " part ({\"part\": \"latency\"}, {\"part\": \"journal\"}); about 3.5 minutes with the"
          + " defaults.",
      "Goal: p99 console detection to stop command at most 10 ms."
    })
public final class ConsoleBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--duration-sec",
      paramLabel = "S",
      defaultValue = "120",
      description =
          "Length of the real-time latency run with event frames (default: ${DEFAULT-VALUE} s).")
  int durationSec;

  @Option(
      names = "--baseline-sec",
      paramLabel = "B",
      defaultValue = "60",
      description =
          "Length of the baseline run, the same with a console that sends no event frames"
              + " (telemetry alone; default: ${DEFAULT-VALUE} s; 0 to skip it).")
  int baselineSec;

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
    if (durationSec < 5 || journalMinutes < 1 || (baselineSec != 0 && baselineSec < 5)) {
      err.println(
          "bench console: --duration-sec must be at least 5, --baseline-sec 0 or at least 5,"
              + " --journal-minutes at least 1");
      return 2;
    }
    out.println(latency());
    out.flush();
    out.println(journal());
    out.flush();
    return 0;
  }

  // ------------------------------------------------------------------ latency

  /** The goal for the classes the console detects itself: p99 detection to stop command. */
  static final long GOAL_P99_MS = 10;

  private String latency() throws IOException, InterruptedException {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    double loadBefore = os.getSystemLoadAverage();
    List<FaultClass> consoleClasses =
        FaultClass.ALL.stream()
            .filter(c -> c.timedFrom() == FaultClass.From.CONSOLE_DETECTION)
            .toList();
    List<FaultClass> fast =
        consoleClasses.stream().filter(c -> c.fault() != Fault.SKIN_TEMP_LOW).toList();
    // The slow and the workstation-judged classes first (the blocked probe while the tip is still
    // warm from the body), then the quick ones the console detects, in turn; a skin the ice reached
    // last, as it rewarms over minutes.
    List<FaultClass> first = new ArrayList<>();
    first.add(FaultClass.of(Fault.BLOCKED_PROBE));
    first.add(FaultClass.of(Fault.LEAK));
    for (int i = 0; i < 3; i++) {
      first.add(FaultClass.of(Fault.COMM_LOSS));
      first.add(FaultClass.of(Fault.FIRMWARE_HANG));
      first.add(FaultClass.of(Fault.TIP_SENSOR_SHORT));
    }
    first.add(FaultClass.of(Fault.LINE_NOISE));
    first.add(FaultClass.of(Fault.LINE_NOISE));
    List<FaultClass> last = List.of(FaultClass.of(Fault.SKIN_TEMP_LOW));
    LatencyRun.Result withEvents =
        new LatencyRun(true, durationSec * 1000L, first, fast, last, seed).run();
    LatencyRun.Result baseline =
        baselineSec == 0
            ? null
            : new LatencyRun(false, baselineSec * 1000L, List.of(), fast, last, seed + 1).run();
    double loadAfter = os.getSystemLoadAverage();

    ObjectNode line = JSON.createObjectNode();
    line.put("part", "latency");
    line.put("transport", "socat pty, jSerialComm, 115200 baud settings");
    line.put("telemetryHz", 50);
    line.put("durationSec", durationSec);
    line.put("wallSec", Math.round(withEvents.wallMs() / 100.0) / 10.0);
    line.put("eventFrames", true);
    line.put("freezesStarted", withEvents.freezesStarted());
    line.put("faultsInjected", withEvents.samples().size());
    ArrayNode exercised = line.putArray("faults");
    withEvents.samples().stream()
        .map(sample -> sample.faultClass.fault())
        .distinct()
        .sorted()
        .forEach(fault -> exercised.add(fault.name()));
    LatencyFigures events = LatencyFigures.of(withEvents.samples());
    put(line, "faultToCloseCommandedMs", events.consoleToStop());
    put(line, "faultToValveClosedMs", events.consoleToValveClosed());
    put(line, "faultToAlarmMs", events.consoleToAlarm());
    put(line, "faultToEventHeardMs", events.consoleToEventHeard());
    line.set("perClass", events.perClass(JSON));
    line.put("goalP99Ms", GOAL_P99_MS);
    line.put(
        "goalMet",
        events.consoleToStop().count() > 0 && events.consoleToStop().p99() <= GOAL_P99_MS);
    line.put("watchdogClassesWithinDeadline", events.watchdogClassesWithinDeadline());
    if (baseline != null) {
      LatencyFigures old = LatencyFigures.of(baseline.samples());
      ObjectNode base = line.putObject("baseline");
      base.put("eventFrames", false);
      base.put("what", "the same bench with a console firmware that sends no event frames");
      base.put("durationSec", baselineSec);
      base.put("faultsInjected", baseline.samples().size());
      put(base, "faultToCloseCommandedMs", old.consoleToStop());
      put(base, "faultToValveClosedMs", old.consoleToValveClosed());
      base.set("perClass", old.perClass(JSON));
      if (!baseline.stopped().isEmpty()) {
        base.put("stoppedBecause", baseline.stopped());
      }
      ObjectNode ratios = line.putObject("baselineToEventsRatio");
      ratios.put("p50", ratio(old.consoleToStop().p50(), events.consoleToStop().p50()));
      ratios.put("p99", ratio(old.consoleToStop().p99(), events.consoleToStop().p99()));
    }
    ObjectNode load = line.putObject("loadAverage");
    load.put("start", Math.round(loadBefore * 100) / 100.0);
    load.put("end", Math.round(loadAfter * 100) / 100.0);
    line.put("cpus", os.getAvailableProcessors());
    if (!withEvents.stopped().isEmpty()) {
      line.put("stoppedBecause", withEvents.stopped());
    }
    return line.toString();
  }

  /** A ratio of two latencies; a latency of 0 ms counts as the clock's 1 ms resolution. */
  private static double ratio(double baselineMs, double eventsMs) {
    if (Double.isNaN(baselineMs) || Double.isNaN(eventsMs)) {
      return Double.NaN;
    }
    return Math.round(100 * baselineMs / Math.max(1, eventsMs)) / 100.0;
  }

  static void put(ObjectNode line, String name, Percentiles p) {
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
