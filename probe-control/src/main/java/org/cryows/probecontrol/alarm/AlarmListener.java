package org.cryows.probecontrol.alarm;

/** Receives every alarm change, in order, before the manager's state reflects it to readers. */
@FunctionalInterface
public interface AlarmListener {
  void onAlarmEvent(AlarmEvent event);
}
