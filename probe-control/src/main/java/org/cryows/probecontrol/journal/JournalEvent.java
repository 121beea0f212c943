package org.cryows.probecontrol.journal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Telemetry;

/** What a journal record tells: one of the five kinds of event a session journals. */
public sealed interface JournalEvent {

  RecordKind kind();

  /** A telemetry sample as it arrived from the console. */
  record TelemetrySample(Telemetry telemetry) implements JournalEvent {
    public TelemetrySample {
      if (telemetry == null) {
        throw new IllegalArgumentException("telemetry is required");
      }
    }

    @Override
    public RecordKind kind() {
      return RecordKind.TELEMETRY;
    }
  }

  /** A command the workstation is about to send to the console. */
  record CommandIssued(ConsoleCommand command) implements JournalEvent {
    public CommandIssued {
      if (command == null) {
        throw new IllegalArgumentException("command is required");
      }
    }

    @Override
    public RecordKind kind() {
      return RecordKind.COMMAND;
    }
  }

  /** The controller is about to move from {@code previous} to {@code state}, and why. */
  record StateChanged(ControllerState previous, ControllerState state, String reason)
      implements JournalEvent {
    public StateChanged {
      if (previous == null || state == null) {
        throw new IllegalArgumentException("previous and state are required");
      }
      TextLimits.text(reason, "reason");
    }

    @Override
    public RecordKind kind() {
      return RecordKind.STATE;
    }
  }

  /**
   * An alarm was raised, cleared, acknowledged or had its audio paused.
   *
   * @param alarm the alarm's identifier, e.g. {@code TIP_SENSOR_OPEN}
   * @param message the text shown to the operator; may be empty
   */
  record AlarmEvent(String alarm, AlarmPriority priority, AlarmEventType event, String message)
      implements JournalEvent {
    public AlarmEvent {
      TextLimits.name(alarm, "alarm");
      if (priority == null || event == null) {
        throw new IllegalArgumentException("priority and event are required");
      }
      TextLimits.text(message, "message");
    }

    @Override
    public RecordKind kind() {
      return RecordKind.ALARM;
    }
  }

  /**
   * Something the operator did, e.g. {@code start} or {@code acknowledge}, with its details (kept
   * sorted by key so that dumps are stable).
   */
  record OperatorAction(String action, Map<String, String> details) implements JournalEvent {
    /** Details beyond this count are refused: an action is a gesture, not a document. */
    public static final int MAX_DETAILS = 64;

    public OperatorAction {
      TextLimits.name(action, "action");
      if (details == null) {
        throw new IllegalArgumentException("details must not be null (use an empty map)");
      }
      if (details.size() > MAX_DETAILS) {
        throw new IllegalArgumentException(
            "an operator action has at most " + MAX_DETAILS + " details, was " + details.size());
      }
      var sorted = new TreeMap<String, String>();
      details.forEach(
          (key, value) ->
              sorted.put(
                  TextLimits.name(key, "detail key"),
                  TextLimits.text(value, "detail '" + key + "'")));
      details = Collections.unmodifiableSortedMap(sorted);
    }

    public OperatorAction(String action) {
      this(action, Map.of());
    }

    @Override
    public RecordKind kind() {
      return RecordKind.OPERATOR;
    }
  }
}
