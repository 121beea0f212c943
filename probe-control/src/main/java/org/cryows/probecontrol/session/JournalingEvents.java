package org.cryows.probecontrol.session;

import java.time.Clock;
import java.util.Optional;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.controller.ControllerEvents;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.AlarmEventType;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals everything the controller reports, before it acts on it: operator actions, every console
 * report (telemetry as telemetry, the rest as report records, see {@link InputRecords}), commands,
 * state changes and alarm events, each with the controller's own session time, the wall-clock time
 * and the operator's name.
 *
 * <p>Records carry the time the controller gives each event (its control grid's time for
 * time-driven work), not the time the journal is written: that is what a replay needs, and the
 * controller's times never go back. That is why this writes {@link JournalRecord}s itself rather
 * than through {@link org.cryows.probecontrol.journal.SessionJournal}, which stamps its own clock.
 *
 * <p>A record that cannot be appended is not ignored: the first failure is kept ({@link #failure})
 * and logged once as an error, later ones are counted; the {@link ConsoleSession} sees it and stops
 * the gas. The exception is not thrown back into the controller, which would only log it and carry
 * on.
 */
public final class JournalingEvents implements ControllerEvents {
  private static final Logger LOG = LoggerFactory.getLogger(JournalingEvents.class);

  private final RecordSink sink;
  private final Clock wallClock;
  private final String operator;
  private volatile RuntimeException failure;
  private long failedAppends;
  private long appended;

  /**
   * @param operator who operates the workstation; in every record
   */
  public JournalingEvents(RecordSink sink, Clock wallClock, String operator) {
    if (sink == null || wallClock == null) {
      throw new IllegalArgumentException("sink and wallClock are required");
    }
    if (operator == null || operator.isBlank()) {
      throw new IllegalArgumentException("operator must be named");
    }
    this.sink = sink;
    this.wallClock = wallClock;
    this.operator = operator;
  }

  @Override
  public void operatorAction(long tMs, OperatorAction action) {
    append(tMs, InputRecords.action(action));
  }

  @Override
  public void reportReceived(long tMs, ConsoleReport report) {
    append(tMs, InputRecords.report(report));
  }

  @Override
  public void commandSent(long tMs, ConsoleCommand command) {
    append(tMs, new JournalEvent.CommandIssued(command));
  }

  @Override
  public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {
    append(tMs, new JournalEvent.StateChanged(from, to, reason));
  }

  @Override
  public void alarmEvent(AlarmEvent event) {
    append(
        event.tMs(),
        new JournalEvent.AlarmEvent(
            event.code(), event.priority(), type(event.kind()), event.message()));
  }

  /** The first append that failed, if any; after it the journal is not to be trusted. */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** Records that reached the sink. */
  public synchronized long appendedCount() {
    return appended;
  }

  /** Marks the journal failed from outside (its writer's sync thread found a failed fsync). */
  public synchronized void failed(RuntimeException cause) {
    if (failure == null) {
      failure = cause;
      LOG.error("journal failed: {}; the session stops the gas", cause.getMessage());
    }
  }

  public String operator() {
    return operator;
  }

  private synchronized void append(long tMs, JournalEvent event) {
    try {
      sink.append(new JournalRecord(tMs, wallClock.instant(), operator, event));
      appended++;
    } catch (RuntimeException e) {
      failedAppends++;
      if (failure == null) {
        failure = e;
        LOG.error(
            "journal append failed at {} ms ({}): {}; the session stops the gas",
            tMs,
            event.kind(),
            e.toString());
      } else if (failedAppends % 1000 == 0) {
        LOG.error("journal appends have failed {} times", failedAppends);
      }
    }
  }

  private static AlarmEventType type(org.cryows.probecontrol.alarm.AlarmEventKind kind) {
    return switch (kind) {
      case RAISED -> AlarmEventType.RAISED;
      case CLEARED -> AlarmEventType.CLEARED;
      case ACKNOWLEDGED -> AlarmEventType.ACKNOWLEDGED;
      case AUDIO_PAUSED -> AlarmEventType.AUDIO_PAUSED;
    };
  }
}
