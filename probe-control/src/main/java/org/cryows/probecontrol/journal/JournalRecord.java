package org.cryows.probecontrol.journal;

import java.time.Instant;

/**
 * One journal record.
 *
 * @param tMs milliseconds since the session started, on the session's clock (simulated in a
 *     scenario); records are appended in non-decreasing {@code tMs}
 * @param utc wall-clock time of the record, UTC
 * @param operator who was operating the workstation
 * @param event what happened
 */
public record JournalRecord(long tMs, Instant utc, String operator, JournalEvent event) {
  public JournalRecord {
    if (tMs < 0) {
      throw new IllegalArgumentException("tMs must not be negative: " + tMs);
    }
    if (utc == null) {
      throw new IllegalArgumentException("utc is required");
    }
    TextLimits.name(operator, "operator");
    if (event == null) {
      throw new IllegalArgumentException("event is required");
    }
  }

  public RecordKind kind() {
    return event.kind();
  }
}
