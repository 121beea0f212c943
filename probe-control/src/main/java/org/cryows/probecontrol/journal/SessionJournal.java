package org.cryows.probecontrol.journal;

import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * Stamps events with the session time, the wall-clock time and the operator, and appends them.
 * Stamping and appending happen under one lock, so records from several threads keep their session
 * times in order. The controller, alarm manager and UI call {@link #append} before they act on what
 * they journal.
 */
public final class SessionJournal {
  private final JournalWriter writer;
  private final LongSupplier sessionTMs;
  private final Clock wallClock;
  private final String operator;

  /**
   * @param sessionTMs milliseconds since the session started on the session's clock (simulated in a
   *     scenario); must not go backwards
   * @param wallClock the source of each record's UTC time
   * @param operator who operates the workstation in this session
   */
  public SessionJournal(
      JournalWriter writer, LongSupplier sessionTMs, Clock wallClock, String operator) {
    if (writer == null || sessionTMs == null || wallClock == null) {
      throw new IllegalArgumentException("writer, sessionTMs and wallClock are required");
    }
    this.writer = writer;
    this.sessionTMs = sessionTMs;
    this.wallClock = wallClock;
    this.operator = TextLimits.name(operator, "operator");
  }

  /**
   * Journals an event now.
   *
   * @return the record as written
   * @throws JournalWriteException when the journal cannot be written; the caller must not act as if
   *     the event was recorded
   */
  public synchronized JournalRecord append(JournalEvent event) {
    var record = new JournalRecord(sessionTMs.getAsLong(), wallClock.instant(), operator, event);
    writer.append(record);
    return record;
  }

  public String operator() {
    return operator;
  }

  public JournalWriter writer() {
    return writer;
  }
}
