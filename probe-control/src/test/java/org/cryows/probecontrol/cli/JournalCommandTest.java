package org.cryows.probecontrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.journal.SampleRecords;
import org.cryows.probecontrol.journal.SyncListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JournalCommandTest {
  private static final int RECORDS = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path keyFile;
  private Path journal;

  /** What one run printed, and its exit code. */
  private record Run(int exitCode, String out, String err) {
    List<JsonNode> lines() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.lines().toList()) {
        nodes.add(JSON.readTree(line));
      }
      return nodes;
    }
  }

  @BeforeEach
  void writeJournal() throws IOException {
    byte[] key = new byte[JournalKey.BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 13 + 5);
    }
    keyFile = Files.write(dir.resolve("journal.key"), key);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    journal = dir.resolve("session.journal");
    try (JournalWriter writer =
        JournalWriter.create(
            journal, JournalKey.of(key), SampleRecords.START, SyncListener.LOG_ONLY)) {
      for (int i = 0; i < RECORDS; i++) {
        writer.append(SampleRecords.record(i));
      }
    }
  }

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    CommandLine cli = new CommandLine(new JournalCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void dump_intactJournal_printsEveryRecordAsOneJsonLineInOrder() throws IOException {
    Run run = run("dump", "--key", keyFile.toString(), journal.toString());
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> lines = run.lines();
    assertEquals(RECORDS, lines.size());
    for (int i = 0; i < RECORDS; i++) {
      JsonNode line = lines.get(i);
      JournalRecord expected = SampleRecords.record(i);
      assertEquals(i, line.get("index").asLong());
      assertEquals(expected.tMs(), line.get("tMs").asLong());
      assertEquals(expected.utc().toString(), line.get("utc").asText());
      assertEquals(expected.kind().jsonName(), line.get("kind").asText());
      assertEquals(SampleRecords.OPERATOR, line.get("operator").asText());
      switch (expected.event()) {
        case JournalEvent.TelemetrySample sample -> assertTelemetry(sample.telemetry(), line);
        case JournalEvent.StateChanged change -> {
          assertEquals(change.state().name(), line.get("state").asText());
          assertEquals(change.previous().name(), line.get("previous").asText());
        }
        case JournalEvent.AlarmEvent alarm -> {
          assertEquals("TIP_SENSOR_OPEN", line.get("alarm").asText());
          assertEquals(alarm.priority().name(), line.get("priority").asText());
          assertEquals(alarm.event().jsonName(), line.get("event").asText());
        }
        case JournalEvent.CommandIssued issued -> assertTrue(line.has("command"));
        case JournalEvent.OperatorAction action ->
            assertEquals("TIP_SENSOR_OPEN", line.get("details").get("alarm").asText());
      }
    }
  }

  private static void assertTelemetry(Telemetry telemetry, JsonNode line) {
    if (Double.isNaN(telemetry.tipC())) {
      assertTrue(line.get("tipC").isNull(), "an open tip sensor dumps as null: " + line);
    } else {
      assertEquals(telemetry.tipC(), line.get("tipC").asDouble());
    }
    assertEquals(telemetry.supplyKPa(), line.get("supplyKPa").asDouble());
    assertEquals(telemetry.probeValveSensedOpen(), line.get("probeValveOpen").asBoolean());
    assertEquals(telemetry.supplyValveSensedOpen(), line.get("supplyValveOpen").asBoolean());
    assertEquals(
        telemetry.supplyValveCommandedOpen(), line.get("supplyValveCommandedOpen").asBoolean());
  }

  @Test
  void dump_loadProtocolCommand_carriesTheProtocol() throws IOException {
    JsonNode load =
        run("dump", "--key", keyFile.toString(), journal.toString()).lines().stream()
            .filter(line -> "loadProtocol".equals(line.path("command").asText()))
            .findFirst()
            .orElseThrow();
    assertEquals("CO2", load.get("protocol").get("gas").asText());
    assertEquals(-70, load.get("protocol").get("setpointC").asDouble());
    assertEquals(120, load.get("protocol").get("cycles").get(0).get("freezeSec").asDouble());
  }

  @Test
  void dump_tamperedJournal_printsTheRecordsBeforeAndExits1() throws IOException {
    flipByteInTheMiddle();
    Run run = run("dump", "--key", keyFile.toString(), journal.toString());
    assertEquals(1, run.exitCode());
    int dumped = run.lines().size();
    assertTrue(dumped > 0 && dumped < RECORDS, "dumped " + dumped);
    assertTrue(run.err().contains("stopped at record " + dumped), run.err());
  }

  @Test
  void dump_noVerify_readsWithoutAKeyAndSaysSo() throws IOException {
    Run run = run("dump", "--no-verify", "--key", dir.resolve("absent.key").toString(), path());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(RECORDS, run.lines().size());
    assertTrue(run.err().contains("not authenticated"), run.err());
  }

  @Test
  void verify_intactJournal_exits0WithASummary() throws IOException {
    Run run = run("verify", "--key", keyFile.toString(), path());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = run.lines().getFirst();
    assertTrue(summary.get("intact").asBoolean());
    assertEquals(RECORDS, summary.get("records").asLong());
    assertTrue(summary.get("sealed").asBoolean());
    assertEquals("", run.err());
  }

  @Test
  void verify_flippedByte_exits1WithTheBadRecordAsJsonAndItsReasonOnStderr() throws IOException {
    flipByteInTheMiddle();
    Run run = run("verify", "--key", keyFile.toString(), path());
    assertEquals(1, run.exitCode());
    List<JsonNode> lines = run.lines();
    assertEquals(1, lines.size());
    JsonNode bad = lines.getFirst();
    long index = bad.get("index").asLong();
    assertTrue(index > 0 && index < RECORDS, bad.toString());
    assertTrue(bad.has("tMs") && bad.has("offset") && bad.has("reason"), bad.toString());
    assertTrue(run.err().contains("fails at record " + index), run.err());
  }

  @Test
  void verify_wrongKey_exits1AtTheHeader() throws IOException {
    byte[] other = Files.readAllBytes(keyFile);
    other[0] ^= 1;
    Files.write(keyFile, other);
    Run run = run("verify", "--key", keyFile.toString(), path());
    assertEquals(1, run.exitCode());
    JsonNode bad = run.lines().getFirst();
    assertEquals(-1, bad.get("index").asLong());
    assertEquals("header", bad.get("part").asText());
    assertTrue(bad.get("reason").asText().startsWith("wrong key"), bad.toString());
  }

  @Test
  void verify_tornTail_isIntactAndNoted() throws IOException {
    byte[] bytes = Files.readAllBytes(journal);
    Files.write(journal, java.util.Arrays.copyOf(bytes, bytes.length - 10)); // cuts the seal
    Run run = run("verify", "--key", keyFile.toString(), path());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = run.lines().getFirst();
    assertFalse(summary.get("sealed").asBoolean());
    assertTrue(summary.get("tornTailBytes").asLong() > 0);
    assertTrue(run.err().contains("not sealed"), run.err());
  }

  @Test
  void dump_fileThatIsNoJournal_exits1SayingSo() throws IOException {
    Files.writeString(journal, "tMs,tipC\n0,-70\n");
    Run run = run("dump", "--key", keyFile.toString(), path());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("stopped at the journal header: not a journal"), run.err());
  }

  @Test
  void verify_missingKeyFile_exits2() {
    Run run = run("verify", "--key", dir.resolve("absent.key").toString(), path());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot load the journal key"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void verify_missingJournal_exits2() {
    Run run = run("verify", "--key", keyFile.toString(), dir.resolve("absent").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no readable journal file"), run.err());
  }

  @Test
  void wrongArguments_exit2() {
    assertEquals(2, run().exitCode());
    assertEquals(2, run("verify").exitCode());
    assertEquals(2, run("dump").exitCode());
    assertEquals(2, run("verify", "--no-such-option", path()).exitCode());
    assertEquals(2, run("replay", path()).exitCode());
  }

  @Test
  void help_saysWhereTheKeyIsFound() {
    for (String subcommand : new String[] {"dump", "verify"}) {
      Run run = run(subcommand, "--help");
      assertEquals(0, run.exitCode());
      assertTrue(run.out().contains("CRYO_JOURNAL_KEY"), run.out());
      assertTrue(run.out().contains("~/.config/cryo/journal.key"), run.out());
    }
  }

  private String path() {
    return journal.toString();
  }

  private void flipByteInTheMiddle() throws IOException {
    byte[] bytes = Files.readAllBytes(journal);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(journal, bytes);
  }
}
