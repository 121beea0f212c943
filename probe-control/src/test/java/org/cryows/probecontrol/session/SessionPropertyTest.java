package org.cryows.probecontrol.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.interlock.FirmwareHangInterlock;
import org.cryows.probecontrol.interlock.LinkLossInterlock;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.journal.SyncListener;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/**
 * Random operator and fault sequences through the real controller, journal, wire protocol and
 * console simulator on an in-memory line, on simulated time; each case 6 to 20 s. {@link
 * SessionCheck} lists the invariants.
 */
class SessionPropertyTest {

  @Property(tries = 10_000, shrinking = ShrinkingMode.BOUNDED)
  void randomOperatorAndFaults_holdSafetyInvariants(@ForAll("sessions") SessionCase session) {
    SessionCheck check = runInMemory(session);
    Statistics.label("reached FREEZING").collect(check.reachedFreezing());
    Statistics.label("reached COMPLETE").collect(check.reachedComplete());
    Statistics.label("faults").collect(session.faults().size());
    Statistics.label("event frames").collect(session.eventFrames());
    assertNoViolations(check);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void cleanProcedures_completeWithoutMediumOrHighAlarm(
      @ForAll("cleanProcedures") SessionCase session) {
    SessionCheck check = runInMemory(session);
    assertNoViolations(check);
    if (!check.reachedComplete() || !check.seriousAlarmsRaised().isEmpty()) {
      throw new AssertionError(
          session
              + "\n ended in "
              + check.controller().state()
              + ", alarms "
              + check.seriousAlarmsRaised());
    }
  }

  @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
  void briefLineNoise_neitherStopsTheFreezeNorChangesACommand(
      @ForAll("noisyFreezes") SessionCase session) {
    SessionCheck check = runInMemory(session);
    assertNoViolations(check);
    boolean recovered =
        check.journal.stream()
            .noneMatch(
                r ->
                    r.event() instanceof JournalEvent.OperatorAction a
                        && a.action().equals("report.commandUndelivered"));
    Statistics.label("every command delivered").collect(recovered);
    Assume.that(recovered); // noise the protocol did not recover from is another matter
    boolean tolerable = withinTheLinksTolerance(check.journal);
    Statistics.label("noise within the link checks' tolerance").collect(tolerable);
    Assume.that(tolerable); // noise that really cut the link for that long should stop it
    List<String> states =
        check.journal.stream()
            .filter(r -> r.event() instanceof JournalEvent.StateChanged)
            .map(r -> ((JournalEvent.StateChanged) r.event()).state().name())
            .toList();
    if (!states.contains("FREEZING")
        || states.contains("FAULT")
        || states.contains("ESTOP")
        || !check.seriousAlarmsRaised().isEmpty()) {
      throw new AssertionError(
          session + "\n states " + states + ", alarms " + check.seriousAlarmsRaised());
    }
    List<ConsoleCommand> sent =
        check.journal.stream()
            .filter(
                r ->
                    r.event() instanceof JournalEvent.CommandIssued c
                        && !(c.command() instanceof ConsoleCommand.Heartbeat))
            .map(r -> ((JournalEvent.CommandIssued) r.event()).command())
            .toList();
    if (!sent.equals(check.receivedByConsole)) {
      throw new AssertionError(
          session + "\n sent " + sent + "\n console acted on " + check.receivedByConsole);
    }
  }

  /**
   * Whether the noise stayed within what the link checks tolerate: the console always heard the
   * workstation within {@link LinkLossInterlock#NOT_HEARD_MS}, telemetry never fell silent for
   * {@link LinkLossInterlock#SILENCE_MS}, and the console's heartbeat was never missing for {@link
   * FirmwareHangInterlock#HEARTBEAT_MISSING_MS}. Beyond that, stopping is the right outcome.
   */
  static boolean withinTheLinksTolerance(List<JournalRecord> journal) {
    long lastTelemetryMs = -1;
    long lastConsoleHeartbeatMs = -1;
    for (JournalRecord r : journal) {
      if (r.event() instanceof JournalEvent.TelemetrySample t) {
        if (t.telemetry().msSinceHeartbeat() >= LinkLossInterlock.NOT_HEARD_MS
            || (lastTelemetryMs >= 0
                && r.tMs() - lastTelemetryMs >= LinkLossInterlock.SILENCE_MS)) {
          return false;
        }
        lastTelemetryMs = r.tMs();
      } else if (r.event() instanceof JournalEvent.OperatorAction a
          && a.action().equals("report.consoleHeartbeat")) {
        if (lastConsoleHeartbeatMs >= 0
            && r.tMs() - lastConsoleHeartbeatMs >= FirmwareHangInterlock.HEARTBEAT_MISSING_MS) {
          return false;
        }
        lastConsoleHeartbeatMs = r.tMs();
      }
    }
    return true;
  }

  @Property(tries = 40, shrinking = ShrinkingMode.BOUNDED)
  void journalOnDisk_readsBackAsWrittenAndReplays(@ForAll("sessions") SessionCase session)
      throws IOException {
    Path folder = Files.createTempDirectory("cryo-journal");
    Path file = folder.resolve("session.journal");
    JournalKey key = JournalKey.generate();
    SessionCheck check;
    try (JournalWriter writer =
        JournalWriter.create(file, key, Instant.now(), SyncListener.LOG_ONLY)) {
      var pair = InMemoryBytePort.pair("workstation", "console");
      pair.a().open();
      pair.b().open();
      check = new SessionCheck(session, pair.a(), pair.b(), writer::append).run();
    }
    assertNoViolations(check);
    List<JournalRecord> read = new ArrayList<>();
    try (JournalReader reader = JournalReader.open(file, key)) {
      reader.cursor().forEachRemaining(read::add);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
    }
    if (!read.equals(check.journal)) {
      throw new AssertionError(
          session
              + "\n the journal file does not read back as written: "
              + read.size()
              + " of "
              + check.journal.size()
              + " records; "
              + SessionReplay.firstDifference(check.journal, read)
                  .orElse("(same events, other utc)"));
    }
    SessionReplay.firstDifference(read, SessionReplay.replay(read, "nurse.test"))
        .ifPresent(
            d -> {
              throw new AssertionError(session + "\n replay of the file differs at " + d);
            });
  }

  static SessionCheck runInMemory(SessionCase session) {
    var pair = InMemoryBytePort.pair("workstation", "console");
    pair.a().open();
    pair.b().open();
    return new SessionCheck(session, pair.a(), pair.b(), null).run();
  }

  static void assertNoViolations(SessionCheck check) {
    if (!check.violations.isEmpty()) {
      throw new AssertionError(
          check.sessionCase
              + "\n violations "
              + check.violations.subList(0, Math.min(8, check.violations.size())));
    }
  }

  /** Connect, load, self-test, arm, pedal, start, and the whole protocol, with no fault. */
  @Provide
  Arbitrary<SessionCase> cleanProcedures() {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(ConsoleCapabilities.STANDARD.gases())),
            Arbitraries.doubles().between(0, 1),
            cleanCycle().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.longs().between(1, Long.MAX_VALUE / 64))
        .as(
            (gas, fraction, cycles, seed) -> {
              long protocolMs =
                  Math.round(
                      1000 * cycles.stream().mapToDouble(c -> c.freezeSec() + c.thawSec()).sum());
              return new SessionCase(
                  gas,
                  setpoint(gas, fraction),
                  cycles,
                  scriptedStart(seed),
                  List.of(),
                  SCRIPTED_START_MS + protocolMs + 1_000,
                  seed);
            });
  }

  /** Freezes of 3 to 15 s: long enough to reach the setpoint or the gas's limit. */
  private static Arbitrary<FreezeCycle> cleanCycle() {
    return Combinators.combine(
            Arbitraries.integers().between(3, 15), Arbitraries.integers().between(0, 5))
        .as((freezeSec, thawSec) -> new FreezeCycle(freezeSec, thawSec));
  }

  /** A 15 to 20 s freeze with line noise for 0.2 to 3 s starting 0.5 to 8 s into it. */
  @Provide
  Arbitrary<SessionCase> noisyFreezes() {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(ConsoleCapabilities.STANDARD.gases())),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(15, 20),
            Arbitraries.longs().between(500, 8_000),
            Arbitraries.longs().between(200, 3_000),
            Arbitraries.longs().between(1, Long.MAX_VALUE / 64))
        .as(
            (gas, fraction, freezeSec, noiseAtMs, noiseMs, seed) ->
                new SessionCase(
                    gas,
                    setpoint(gas, fraction),
                    List.of(new FreezeCycle(freezeSec, 0)),
                    scriptedStart(seed),
                    List.of(
                        new ScheduledFault(
                            (SCRIPTED_START_MS + noiseAtMs) / 1000.0,
                            Fault.LINE_NOISE,
                            noiseMs / 1000.0)),
                    SCRIPTED_START_MS + noiseAtMs + noiseMs + 1_000,
                    seed));
  }

  private static double setpoint(Gas gas, double fraction) {
    return Math.round(gas.coldestTipC() + fraction * (-20 - gas.coldestTipC()));
  }

  @Provide
  Arbitrary<SessionCase> sessions() {
    return Combinators.combine(
            Arbitraries.of(List.copyOf(ConsoleCapabilities.STANDARD.gases())),
            Arbitraries.doubles().between(0, 1),
            cycle().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.longs().between(6_000, 20_000),
            Arbitraries.frequency(Tuple.of(8, true), Tuple.of(1, false)),
            extraSteps(),
            faults(),
            Arbitraries.longs().between(1, Long.MAX_VALUE / 64))
        .as(SessionPropertyTest::session);
  }

  static Arbitrary<FreezeCycle> cycle() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 4))
        .as((freezeSec, thawSec) -> new FreezeCycle(freezeSec, thawSec));
  }

  private static Arbitrary<List<long[]>> extraSteps() {
    return Combinators.combine(
            Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, SessionCase.Kind.values().length - 1),
            Arbitraries.integers().between(0, 5))
        .as((at, kind, pick) -> new long[] {Double.doubleToLongBits(at), kind, pick})
        .list()
        .ofMaxSize(6);
  }

  /** Fault, onset as a fraction of the time after the scripted start, length (-1: to the end). */
  private static Arbitrary<List<double[]>> faults() {
    return Combinators.combine(
            Arbitraries.integers().between(0, Fault.values().length - 1),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1.0)),
                Tuple.of(2, Arbitraries.doubles().between(0.05, 8))))
        .as((f, at, lengthSec) -> new double[] {f, at, lengthSec})
        .list()
        .ofMaxSize(3);
  }

  /** The scripted start: connect, load, self-test, arm, pedal, start, with jittered times. */
  static List<SessionCase.Step> scriptedStart(long seed) {
    List<SessionCase.Step> steps = new ArrayList<>();
    long t = Math.floorMod(seed, 300);
    steps.add(new SessionCase.Step(t, SessionCase.Kind.CONNECT, 0));
    steps.add(new SessionCase.Step(t, SessionCase.Kind.LOAD, 0));
    t += 50 + Math.floorMod(seed >> 8, 300);
    steps.add(new SessionCase.Step(t, SessionCase.Kind.SELF_TEST, 0));
    t += 2_000 + Math.floorMod(seed >> 16, 400);
    steps.add(new SessionCase.Step(t, SessionCase.Kind.ARM, 0));
    steps.add(new SessionCase.Step(t + 100, SessionCase.Kind.PEDAL_DOWN, 0));
    steps.add(
        new SessionCase.Step(t + 400 + Math.floorMod(seed >> 24, 500), SessionCase.Kind.START, 0));
    return steps;
  }

  /** When the scripted start has started the freeze, at the latest. */
  static final long SCRIPTED_START_MS = 300 + 350 + 2_400 + 900;

  private static SessionCase session(
      Gas gas,
      double setpointFraction,
      List<FreezeCycle> cycles,
      long durationMs,
      boolean scripted,
      List<long[]> extraSteps,
      List<double[]> faults,
      long seed) {
    double setpointC = Math.round(gas.coldestTipC() + setpointFraction * (-20 - gas.coldestTipC()));
    List<SessionCase.Step> steps = scripted ? scriptedStart(seed) : new ArrayList<>();
    for (long[] s : extraSteps) {
      long at = (long) (Double.longBitsToDouble(s[0]) * durationMs);
      steps.add(new SessionCase.Step(at, SessionCase.Kind.values()[(int) s[1]], (int) s[2]));
    }
    // Most faults fall into the freeze the scripted start begins, some before it.
    long from = scripted ? SCRIPTED_START_MS / 2 : 0;
    List<ScheduledFault> scheduled = new ArrayList<>();
    for (double[] f : faults) {
      double atSec = (from + f[1] * (durationMs - from)) / 1000.0;
      atSec = Math.round(atSec * 1000) / 1000.0;
      Fault fault = Fault.values()[(int) f[0]];
      scheduled.add(
          f[2] < 0
              ? ScheduledFault.untilEnd(atSec, fault)
              : new ScheduledFault(atSec, fault, f[2]));
    }
    // Three consoles in four send event frames; the others show faults in telemetry alone.
    // (The seed's bits mixed: jqwik draws many small seeds.)
    boolean eventFrames = (seed * 0x9E3779B97F4A7C15L) >>> 62 != 0;
    return new SessionCase(gas, setpointC, cycles, steps, scheduled, durationMs, seed, eventFrames);
  }
}
