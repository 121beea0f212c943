package org.cryows.samples.sessions;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.session.RaisedAlarm;
import org.cryows.probecontrol.session.ScenarioResult;

/**
 * The recorded console sessions: a clean two-cycle procedure and one session per fault class the
 * console simulator injects ({@link Fault}), each a scenario (resources beside this class) run by
 * {@link SessionRecorder} and journaled as {@code NAME.jnl}, signed with the {@link
 * SampleJournalKey}. The folder also gets each scenario ({@code NAME.json}), the key and {@code
 * index.json} (what each session shows: its fault, final state and alarms).
 */
public final class SampleSessions {
  public static final String CLEAN = "clean-two-cycles";
  public static final String INDEX_FILE = "index.json";

  /** The first session's start; each next one starts 10 minutes later. */
  static final Instant FIRST_START = Instant.parse("2024-05-14T13:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleSessions() {}

  /** The sessions' names in order: the clean one, then one per fault in the enum's order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(CLEAN);
    for (Fault fault : Fault.values()) {
      names.add(name(fault));
    }
    return names;
  }

  /** {@code fault-tip-sensor-open} for TIP_SENSOR_OPEN. */
  public static String name(Fault fault) {
    return "fault-" + fault.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The scenario of a session, as shipped. */
  public static String scenario(String name) {
    String resource = name + ".json";
    try (InputStream in = SampleSessions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing beside " + SampleSessions.class);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Records every session into {@code folder}; returns the files written, in order. */
  public static List<Path> write(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(SampleJournalKey.write(folder));
    JournalKey key = SampleJournalKey.key();
    ObjectNode index = JSON.createObjectNode();
    index.put("signedWith", SampleJournalKey.FILE_NAME);
    index.put(
        "keyNote",
        "A sample key, not evidence: derived from a published phrase, so anyone can forge a"
            + " journal that verifies with it. Verify: ./cryo journal verify FILE.jnl --key "
            + SampleJournalKey.FILE_NAME);
    index.put("operator", SessionRecorder.OPERATOR);
    ArrayNode sessions = index.putArray("sessions");
    List<String> names = names();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String scenario = scenario(name);
      Path scenarioFile = folder.resolve(name + ".json");
      Files.writeString(scenarioFile, scenario, StandardCharsets.UTF_8);
      Path journal = folder.resolve(name + ".jnl");
      Files.deleteIfExists(journal);
      Instant start = FIRST_START.plus(Duration.ofMinutes(10L * i));
      ScenarioResult result = SessionRecorder.record(name, scenario, start, key, journal);
      files.add(scenarioFile);
      files.add(journal);
      ObjectNode entry = sessions.addObject();
      entry.put("name", name);
      entry.put("journal", journal.getFileName().toString());
      entry.put("scenario", scenarioFile.getFileName().toString());
      entry.put("fault", i == 0 ? null : Fault.values()[i - 1].name());
      entry.put("startedUtc", start.toString());
      entry.put("finalState", result.finalState().name());
      ArrayNode alarms = entry.putArray("alarmsRaised");
      for (RaisedAlarm alarm : result.alarmsRaised()) {
        alarms
            .addObject()
            .put("alarm", alarm.alarm())
            .put("priority", alarm.priority().name())
            .put("tMs", alarm.tMs());
      }
      entry.put("records", result.records());
      entry.put("sessionMs", result.sessionMs());
    }
    Path indexFile = folder.resolve(INDEX_FILE);
    var printer =
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Files.writeString(
        indexFile, JSON.writer(printer).writeValueAsString(index) + "\n", StandardCharsets.UTF_8);
    files.add(indexFile);
    return files;
  }
}
