package org.cryows.samples.sessions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cryows.probecontrol.journal.JournalKey;
import org.cryows.probecontrol.journal.JournalWriter;
import org.cryows.probecontrol.session.JournalTally;
import org.cryows.probecontrol.session.JournalingEvents;
import org.cryows.probecontrol.session.Scenario;
import org.cryows.probecontrol.session.ScenarioParser;
import org.cryows.probecontrol.session.ScenarioResult;
import org.cryows.probecontrol.session.ScenarioRunner;
import org.cryows.probecontrol.transport.InMemoryBytePort;

/**
 * Records a console session the way {@code ./cryo scenario} does: the real controller and the
 * console simulator talking the wire protocol, on simulated time, every event journaled. Two things
 * differ, so that a recording is the same bytes on every run: the line is an in-memory pair (the
 * session docs show it journals exactly what a pty pair does), and the session's id, start and
 * wall-clock times are fixed (the id a name-based UUID of the session's name, the records' times
 * the start plus their session time).
 */
public final class SessionRecorder {
  /** The operator named in every record: it says the journal is signed with the sample key. */
  public static final String OPERATOR = "sample operator (sample key, not evidence)";

  /** Seeds the bit errors of LINE_NOISE, as {@code scenario --seed}. */
  static final long NOISE_SEED = 1;

  private SessionRecorder() {}

  /**
   * Runs {@code scenarioJson} and journals it to {@code journal} (which must not exist).
   *
   * @param name the session's name, from which its id is made
   * @param start the session's start, UTC
   * @throws IOException when the journal cannot be written or failed during the run
   */
  public static ScenarioResult record(
      String name, String scenarioJson, Instant start, JournalKey key, Path journal)
      throws IOException {
    Scenario scenario = ScenarioParser.parse(scenarioJson);
    UUID sessionId =
        UUID.nameUUIDFromBytes(("cryo sample session " + name).getBytes(StandardCharsets.UTF_8));
    JournalingEvents[] events = new JournalingEvents[1];
    ScenarioResult result;
    try (JournalWriter writer =
        JournalWriter.create(
            journal,
            key,
            sessionId,
            start,
            failure -> {
              if (events[0] != null) {
                events[0].failed(failure);
              }
            })) {
      var tally = new JournalTally(new SimulatedWallClock(start, writer::append));
      events[0] = new JournalingEvents(tally, Clock.fixed(start, ZoneOffset.UTC), OPERATOR);
      var line = InMemoryBytePort.pair("workstation", "console");
      line.a().open();
      line.b().open();
      result =
          new ScenarioRunner(scenario, tally, events[0], NOISE_SEED)
              .runOnSimulatedTime(line.a(), line.b());
    }
    if (events[0].failure().isPresent()) {
      throw new IOException(
          journal
              + ": the journal failed during the run: "
              + events[0].failure().get().getMessage());
    }
    return result;
  }
}
