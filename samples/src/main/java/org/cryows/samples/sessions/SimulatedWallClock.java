package org.cryows.samples.sessions;

import java.time.Instant;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.session.RecordSink;

/**
 * Stamps each record with the session's start plus its session time instead of the machine's clock:
 * a session recorded on simulated time then reads as if it had run at its fixed start, and a
 * recording is the same bytes on every run.
 */
final class SimulatedWallClock implements RecordSink {
  private final Instant start;
  private final RecordSink next;

  SimulatedWallClock(Instant start, RecordSink next) {
    this.start = start;
    this.next = next;
  }

  @Override
  public void append(JournalRecord record) {
    next.append(
        new JournalRecord(
            record.tMs(), start.plusMillis(record.tMs()), record.operator(), record.event()));
  }
}
