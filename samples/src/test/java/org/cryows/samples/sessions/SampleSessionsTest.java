package org.cryows.samples.sessions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.cryows.probecontrol.cli.JournalCommand;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.journal.AlarmEventType;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalReader;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.session.SessionReplay;
import org.cryows.samples.GeneratedSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The recorded sessions as a trainer or a test would use them: every journal verifies with the
 * shipped sample key through {@code journal verify --key}, says in every record that it is signed
 * with a sample key, covers one fault class each, and replays record for record through a fresh
 * controller (it was recorded by the real controller).
 */
class SampleSessionsTest {
  private static Path folder;
  private static JsonNode index;

  @BeforeAll
  static void generate() throws IOException {
    folder = GeneratedSamples.folder().resolve("sessions");
    index = new ObjectMapper().readTree(folder.resolve(SampleSessions.INDEX_FILE).toFile());
  }

  @Test
  void everyJournal_verifiesWithTheShippedSampleKey() {
    Path key = folder.resolve(SampleJournalKey.FILE_NAME);
    for (String name : SampleSessions.names()) {
      Path journal = folder.resolve(name + ".jnl");
      var out = new StringWriter();
      var err = new StringWriter();
      var command = new CommandLine(new JournalCommand());
      command.setOut(new PrintWriter(out));
      command.setErr(new PrintWriter(err));
      int exit = command.execute("verify", journal.toString(), "--key", key.toString());
      assertEquals(0, exit, name + ": " + out + err);
      assertTrue(out.toString().contains("\"intact\":true"), out.toString());
      assertTrue(out.toString().contains("\"sealed\":true"), out.toString());
    }
  }

  @Test
  void sampleKey_isTheOwnerOnlyKeyFileOfThePublishedPhrase() throws IOException {
    Path key = folder.resolve(SampleJournalKey.FILE_NAME);
    assertArrayEquals(SampleJournalKey.bytes(), Files.readAllBytes(key));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertTrue(index.get("keyNote").asText().contains("sample key, not evidence"));
  }

  @Test
  void everyRecord_namesTheSampleKeyOperator() throws IOException {
    for (String name : SampleSessions.names()) {
      for (JournalRecord record : records(name)) {
        assertEquals(SessionRecorder.OPERATOR, record.operator(), name);
      }
    }
    assertTrue(SessionRecorder.OPERATOR.contains("sample key, not evidence"));
  }

  @Test
  void sessions_areTheCleanProcedureAndOnePerFaultClass() {
    List<String> faults = new ArrayList<>();
    for (JsonNode session : index.get("sessions")) {
      if (!session.get("fault").isNull()) {
        faults.add(session.get("fault").asText());
      }
    }
    List<String> every = new ArrayList<>();
    for (Fault fault : Fault.values()) {
      every.add(fault.name());
    }
    assertEquals(every, faults, "one session per fault the simulator injects");
    assertEquals(SampleSessions.names().size(), index.get("sessions").size());
  }

  @Test
  void cleanProcedure_completesTwoCyclesWithoutMediumOrHighAlarm() throws IOException {
    List<JournalRecord> records = records(SampleSessions.CLEAN);
    long freezes =
        records.stream()
            .filter(
                r ->
                    r.event() instanceof JournalEvent.StateChanged s
                        && s.state() == ControllerState.FREEZING)
            .count();
    assertEquals(2, freezes, "two freeze cycles");
    assertEquals(ControllerState.COMPLETE, lastState(records));
    assertFalse(
        records.stream()
            .anyMatch(
                r ->
                    r.event() instanceof JournalEvent.AlarmEvent a
                        && a.event() == AlarmEventType.RAISED
                        && a.priority() != AlarmPriority.LOW),
        "no medium or high alarm in the clean procedure");
  }

  @Test
  void faultSessions_raiseTheirAlarmsAndTheIndexSaysSo() throws IOException {
    for (JsonNode session : index.get("sessions")) {
      String name = session.get("name").asText();
      List<JournalRecord> records = records(name);
      assertEquals(session.get("records").asLong(), records.size(), name);
      assertEquals(session.get("finalState").asText(), lastState(records).name(), name);
      long raised =
          records.stream()
              .filter(
                  r ->
                      r.event() instanceof JournalEvent.AlarmEvent a
                          && a.event() == AlarmEventType.RAISED)
              .count();
      assertEquals(session.get("alarmsRaised").size(), raised, name);
      String fault = session.get("fault").asText("");
      if (!fault.isEmpty() && !fault.equals(Fault.LINE_NOISE.name())) {
        assertTrue(raised > 0, name + " raises an alarm");
      }
    }
  }

  @Test
  void journals_replayRecordForRecordThroughAFreshController() throws IOException {
    for (String name : List.of(SampleSessions.CLEAN, SampleSessions.name(Fault.TIP_SENSOR_OPEN))) {
      List<JournalRecord> journal = records(name);
      List<JournalRecord> replayed = SessionReplay.replay(journal, SessionRecorder.OPERATOR);
      assertEquals(
          java.util.Optional.empty(), SessionReplay.firstDifference(journal, replayed), name);
    }
  }

  private static List<JournalRecord> records(String name) throws IOException {
    List<JournalRecord> records = new ArrayList<>();
    try (JournalReader reader =
        JournalReader.open(folder.resolve(name + ".jnl"), SampleJournalKey.key())) {
      reader.cursor().forEachRemaining(records::add);
    }
    return records;
  }

  private static ControllerState lastState(List<JournalRecord> records) {
    ControllerState state = ControllerState.DISCONNECTED;
    for (JournalRecord r : records) {
      if (r.event() instanceof JournalEvent.StateChanged s) {
        state = s.state();
      }
    }
    return state;
  }
}
