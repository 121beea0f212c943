package org.cryows.probecontrol.session;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.journal.AlarmEventType;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;

/**
 * Passes records on to a sink and keeps what a run's summary needs: how many records went through
 * and which alarms were raised.
 */
public final class JournalTally implements RecordSink {
  private final RecordSink next;
  private final List<RaisedAlarm> raised = new ArrayList<>();
  private long records;

  public JournalTally(RecordSink next) {
    this.next = java.util.Objects.requireNonNull(next, "next");
  }

  @Override
  public synchronized void append(JournalRecord record) {
    next.append(record);
    records++;
    if (record.event() instanceof JournalEvent.AlarmEvent a && a.event() == AlarmEventType.RAISED) {
      raised.add(new RaisedAlarm(a.alarm(), a.priority(), record.tMs()));
    }
  }

  public synchronized long records() {
    return records;
  }

  public synchronized List<RaisedAlarm> raised() {
    return List.copyOf(raised);
  }
}
