package org.cryows.probecontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.journal.InstallationKeyFile;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.session.SocatPtyPair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScenarioCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Connect, self-test, arm, pedal, start: a short freeze, then a fault. */
  private static final String SHORT_SCENARIO =
      """
      {"protocol": {"gas": "N2O", "setpointC": -70, "cycles": [{"freezeSec": 3, "thawSec": 1}]},
       "operator": [{"atSec": 0, "action": "connect"}, {"atSec": 0.1, "action": "selfTest"},
        {"atSec": 2.2, "action": "arm"}, {"atSec": 2.3, "action": "footSwitch", "pressed": true},
        {"atSec": 2.8, "action": "start"}],
       "faults": [{"atSec": 4, "fault": "LINE_NOISE", "durationSec": 0.5}],
       "durationSec": 7}
      """;

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    CommandLine cli = new CommandLine(new ScenarioCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static void requireSocat() {
    if (!SocatPtyPair.socatAvailable()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("socat is required under CI");
      }
      Assumptions.abort("socat is not installed");
    }
  }

  @Test
  void call_shortScenarioOverPtys_printsOneSummaryLineAndWritesAVerifiableJournal()
      throws IOException {
    requireSocat();
    Path file = Files.writeString(dir.resolve("short.json"), SHORT_SCENARIO);
    Path journal = dir.resolve("out.journal");
    Path key = dir.resolve("journal.key");
    Run run =
        run(
            file.toString(),
            "--journal",
            journal.toString(),
            "--key",
            key.toString(),
            "--operator",
            "nurse.lindqvist");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.out().lines().count(), run.out());
    JsonNode summary = JSON.readTree(run.out());
    ControllerState.valueOf(summary.get("finalState").asText());
    assertTrue(summary.get("alarmsRaised").isArray());
    assertEquals(journal.toAbsolutePath().toString(), summary.get("journal").asText());
    assertEquals(7_000, summary.get("sessionMs").asLong());
    assertEquals(false, summary.get("realtime").asBoolean());
    try (JournalReader reader =
        JournalReader.open(journal, InstallationKeyFile.load(key).journalKey())) {
      assertTrue(reader.verification().sealed(), "sealed");
      assertEquals(reader.recordCount(), summary.get("records").asLong());
      assertTrue(reader.recordCount() > 300, "7 s of telemetry at 50 Hz and more");
      assertEquals("nurse.lindqvist", reader.get(0).operator());
    }
    var verify = new StringWriter();
    CommandLine journalCli = new CommandLine(new JournalCommand());
    journalCli.setOut(new PrintWriter(verify, true));
    journalCli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, journalCli.execute("verify", "--key", key.toString(), journal.toString()));
  }

  @Test
  void call_realtime_runsOnTheWallClock() throws IOException {
    requireSocat();
    Path file =
        Files.writeString(
            dir.resolve("rt.json"),
            "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
                + " \"operator\": [{\"atSec\": 0, \"action\": \"connect\"}], \"durationSec\": 1.5}");
    Path journal = dir.resolve("rt.journal");
    Run run =
        run(
            file.toString(),
            "--journal",
            journal.toString(),
            "--key",
            dir.resolve("k").toString(),
            "--realtime");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = JSON.readTree(run.out());
    assertTrue(summary.get("realtime").asBoolean());
    assertTrue(summary.get("wallMs").asLong() >= 1_500, run.out());
    assertEquals("CONNECTED", summary.get("finalState").asText(), run.out());
    assertTrue(summary.get("records").asLong() > 40, run.out());
  }

  @Test
  void call_badScenario_exits2NamingTheField() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
                + " \"operator\": [{\"atSec\": 1, \"action\": \"footSwitch\"}], \"durationSec\": 5}");
    Run run = run(file.toString(), "--journal", dir.resolve("x").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("operator[0].pressed"), run.err());
    assertEquals("", run.out());
    assertTrue(!Files.exists(dir.resolve("x")), "no journal for a bad file");
  }

  @Test
  void call_existingJournal_exits2AndLeavesItAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("s.json"), SHORT_SCENARIO);
    Path journal = Files.writeString(dir.resolve("old.journal"), "precious");
    Run run =
        run(file.toString(), "--journal", journal.toString(), "--key", dir.resolve("k").toString());
    assertEquals(2, run.exitCode());
    assertEquals("precious", Files.readString(journal));
  }

  @Test
  void call_missingFile_exits2() {
    Run run = run(dir.resolve("none.json").toString(), "--journal", dir.resolve("j").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("none.json"), run.err());
  }
}
