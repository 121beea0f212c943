package org.cryows.probecontrol.session;

import org.cryows.probecontrol.journal.JournalRecord;

/**
 * Where a session's journal records go: a {@link org.cryows.probecontrol.journal.JournalWriter}
 * ({@code writer::append}) in a real session, a list in tests that check millions of records.
 */
@FunctionalInterface
public interface RecordSink {
  /**
   * Appends one record; returns only when it is appended (not necessarily on disk).
   *
   * @throws RuntimeException when it cannot be appended (the session then stops the gas)
   */
  void append(JournalRecord record);
}
