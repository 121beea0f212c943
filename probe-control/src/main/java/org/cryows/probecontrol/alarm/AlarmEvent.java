package org.cryows.probecontrol.alarm;

import org.cryows.probecontrol.console.AlarmPriority;

/** One change of one alarm, at a time on the session clock ({@code tMs}). */
public record AlarmEvent(
    long tMs, String code, AlarmPriority priority, AlarmEventKind kind, String message) {

  public AlarmEvent {
    if (tMs < 0) {
      throw new IllegalArgumentException("alarm event tMs must not be negative: " + tMs);
    }
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("alarm event code must not be blank");
    }
    if (priority == null || kind == null) {
      throw new IllegalArgumentException("alarm event " + code + ": priority and kind required");
    }
    message = message == null ? "" : message;
  }
}
