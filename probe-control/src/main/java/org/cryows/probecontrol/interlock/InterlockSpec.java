package org.cryows.probecontrol.interlock;

import org.cryows.probecontrol.alarm.AlarmDefinition;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * What an interlock is for: its alarm code and title, priority, deadline from the fault's onset to
 * gas stopped, and the safe state it commands. Every interlock alarm latches: a trip stays on the
 * screen until the operator has seen it.
 *
 * @param deadlineMs longest time from the fault's onset to the safe state commanded (0: checked at
 *     arm and start, before anything is commanded)
 */
public record InterlockSpec(
    String code,
    String title,
    AlarmPriority priority,
    long deadlineMs,
    SafeAction safeAction,
    boolean emergencyStop) {

  public InterlockSpec {
    if (code == null || code.isBlank() || title == null || title.isBlank()) {
      throw new IllegalArgumentException("an interlock needs a code and a title");
    }
    if (priority == null || safeAction == null) {
      throw new IllegalArgumentException("interlock " + code + ": priority and action required");
    }
    if (deadlineMs < 0) {
      throw new IllegalArgumentException("interlock " + code + ": negative deadline");
    }
  }

  /** An ordinary interlock (the controller enters FAULT when it trips). */
  public static InterlockSpec of(
      String code, String title, AlarmPriority priority, long deadlineMs, SafeAction action) {
    return new InterlockSpec(code, title, priority, deadlineMs, action, false);
  }

  /** The alarm raised when this interlock trips. */
  public AlarmDefinition alarm() {
    return new AlarmDefinition(code, priority, true, title);
  }
}
