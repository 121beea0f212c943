package org.cryows.probecontrol.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.cryows.probecontrol.journal.InstallationKeyFile;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.serial.SerialBytePort;
import org.cryows.probecontrol.serial.SerialSettings;
import org.cryows.probecontrol.session.JournalTally;
import org.cryows.probecontrol.session.JournalingEvents;
import org.cryows.probecontrol.session.RaisedAlarm;
import org.cryows.probecontrol.session.Scenario;
import org.cryows.probecontrol.session.ScenarioException;
import org.cryows.probecontrol.session.ScenarioParser;
import org.cryows.probecontrol.session.ScenarioResult;
import org.cryows.probecontrol.session.ScenarioRunner;
import org.cryows.probecontrol.session.SocatPtyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scenario FILE.json --journal OUT}: the real controller against the console simulator over
 * a socat pty pair, journaled, on simulated time as fast as possible ({@code --realtime}: the wall
 * clock). Prints one JSON line: final state, alarms raised, journal path, records. A contract that
 * scripts depend on (docs/session.md).
 */
@Command(
    name = "scenario",
    description = {
      "Run a scenario: the real controller against the console simulator over a socat pty pair,"
          + " every command, sample, alarm, state change and operator action journaled to OUT.",
      "Simulated time, as fast as possible, unless --realtime. The file: {\"protocol\": {\"gas\":"
          + " \"CO2\", \"setpointC\": -70, \"cycles\": [{\"freezeSec\": 120, \"thawSec\": 60}]},"
          + " \"operator\": [{\"atSec\": 0, \"action\": \"connect\"}, ...], \"faults\":"
          + " [{\"atSec\": 40.25, \"fault\": \"TIP_SENSOR_OPEN\"}, ...], \"durationSec\": 200}"
          + " (docs/session.md). The protocol is loaded right after each connect unless the"
          + " operator list has a loadProtocol action. The protocol may carry the signed plan's"
          + " \"planHash\" (./cryo plan protocol prints it so); each load journals it.",
      "Prints one JSON line: finalState, alarmsRaised [{alarm, priority, tMs}], journal, records,"
          + " sessionMs, wallMs, realtime.",
      "Exit: 0 run to the end, 1 the run failed (socat, ports, journal), 2 wrong arguments, a bad"
          + " scenario file (the field is named), an existing OUT or an unusable key."
    })
public final class ScenarioCommand implements Callable<Integer> {
  static final int EXIT_RAN = 0;
  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Parameters(paramLabel = "FILE", description = "The scenario, JSON.")
  Path file;

  @Option(
      names = "--journal",
      required = true,
      paramLabel = "OUT",
      description = "The journal to write; must not exist.")
  Path journal;

  @Option(names = "--realtime", description = "Run on the wall clock instead of simulated time.")
  boolean realtime;

  @Mixin JournalCommand.KeyOption key;

  @Option(
      names = "--operator",
      paramLabel = "NAME",
      defaultValue = "scenario",
      description = "The operator's name in every record (default: ${DEFAULT-VALUE}).")
  String operator;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seeds the bit errors of LINE_NOISE faults (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Scenario scenario;
    try {
      scenario = ScenarioParser.parse(Files.readString(file));
    } catch (ScenarioException e) {
      err.println("scenario: " + file + ": " + e.getMessage());
      return EXIT_USAGE;
    } catch (IOException e) {
      err.println("scenario: cannot read " + file + ": " + e.getMessage());
      return EXIT_USAGE;
    }
    if (operator.isBlank()) {
      err.println("scenario: --operator must name someone");
      return EXIT_USAGE;
    }
    if (Files.exists(journal)) {
      err.println("scenario: " + journal + " exists; a journal is never overwritten");
      return EXIT_USAGE;
    }
    JournalKey journalKey;
    Path keyPath = key.keyFile != null ? key.keyFile : InstallationKeyFile.defaultLocation();
    try {
      journalKey = InstallationKeyFile.loadOrCreate(keyPath).journalKey();
    } catch (IOException | RuntimeException e) {
      err.println(
          "scenario: cannot load or create the journal key " + keyPath + ": " + e.getMessage());
      return EXIT_USAGE;
    }
    return run(scenario, journalKey, out, err);
  }

  private int run(Scenario scenario, JournalKey journalKey, PrintWriter out, PrintWriter err) {
    JournalingEvents[] events = new JournalingEvents[1];
    ScenarioResult result;
    JournalWriter writer;
    try {
      writer =
          JournalWriter.create(
              journal,
              journalKey,
              Instant.now(),
              failure -> {
                JournalingEvents receiver = events[0];
                if (receiver != null) {
                  receiver.failed(failure);
                }
              });
    } catch (IOException e) {
      err.println("scenario: cannot create the journal " + journal + ": " + e.getMessage());
      return EXIT_USAGE;
    }
    var tally = new JournalTally(writer::append);
    events[0] = new JournalingEvents(tally, Clock.systemUTC(), operator);
    var runner = new ScenarioRunner(scenario, tally, events[0], seed);
    try (writer;
        SocatPtyPair ptys = SocatPtyPair.start();
        var workstation = new SerialBytePort(SerialSettings.defaults(ptys.linkA().toString()));
        var console = new SerialBytePort(SerialSettings.defaults(ptys.linkB().toString()))) {
      workstation.open();
      console.open();
      result =
          realtime
              ? runner.runOnWallClock(workstation, console)
              : runner.runOnSimulatedTime(workstation, console);
    } catch (IOException | RuntimeException e) {
      err.println("scenario: the run failed: " + e.getMessage());
      return EXIT_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("scenario: interrupted");
      return EXIT_FAILED;
    }
    out.println(summary(result, events[0]));
    out.flush();
    if (events[0].failure().isPresent()) {
      err.println("scenario: the journal failed: " + events[0].failure().get().getMessage());
      return EXIT_FAILED;
    }
    return EXIT_RAN;
  }

  private String summary(ScenarioResult result, JournalingEvents events) {
    ObjectNode line = JSON.createObjectNode();
    line.put("finalState", result.finalState().name());
    ArrayNode alarms = line.putArray("alarmsRaised");
    for (RaisedAlarm alarm : result.alarmsRaised()) {
      alarms
          .addObject()
          .put("alarm", alarm.alarm())
          .put("priority", alarm.priority().name())
          .put("tMs", alarm.tMs());
    }
    line.put("journal", journal.toAbsolutePath().toString());
    line.put("records", result.records());
    line.put("sessionMs", result.sessionMs());
    line.put("wallMs", result.wallMs());
    line.put("realtime", realtime);
    events.failure().ifPresent(e -> line.put("journalFailure", e.getMessage()));
    return line.toString();
  }
}
