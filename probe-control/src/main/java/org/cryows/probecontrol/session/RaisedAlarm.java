package org.cryows.probecontrol.session;

import org.cryows.probecontrol.console.AlarmPriority;

/** An alarm raised during a run, for its summary. */
public record RaisedAlarm(String alarm, AlarmPriority priority, long tMs) {
  public RaisedAlarm {
    if (alarm == null || priority == null) {
      throw new IllegalArgumentException("alarm and priority are required");
    }
  }
}
