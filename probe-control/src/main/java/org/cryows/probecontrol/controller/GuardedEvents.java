package org.cryows.probecontrol.controller;

import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes events on and keeps a failing receiver from stopping the controller: a journal that cannot
 * write must not keep a valve open. The first failure is logged as an error, later ones are counted
 * and the count logged every thousandth time.
 */
final class GuardedEvents implements ControllerEvents {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedEvents.class);

  private final ControllerEvents delegate;
  private long failures;

  GuardedEvents(ControllerEvents delegate) {
    this.delegate = delegate;
  }

  long failures() {
    return failures;
  }

  @Override
  public void operatorAction(long tMs, OperatorAction action) {
    guard(() -> delegate.operatorAction(tMs, action), "operator action", tMs);
  }

  @Override
  public void reportReceived(long tMs, ConsoleReport report) {
    guard(() -> delegate.reportReceived(tMs, report), "report", tMs);
  }

  @Override
  public void commandSent(long tMs, ConsoleCommand command) {
    guard(() -> delegate.commandSent(tMs, command), "command", tMs);
  }

  @Override
  public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {
    guard(() -> delegate.stateChanged(tMs, from, to, reason), "state change", tMs);
  }

  @Override
  public void alarmEvent(AlarmEvent event) {
    guard(() -> delegate.alarmEvent(event), "alarm", event.tMs());
  }

  private void guard(Runnable call, String what, long tMs) {
    try {
      call.run();
    } catch (RuntimeException e) {
      failures++;
      if (failures == 1) {
        LOG.error(
            "event receiver failed on a {} at {} ms; the controller carries on", what, tMs, e);
      } else if (failures % 1000 == 0) {
        LOG.error("event receiver has failed {} times", failures);
      }
    }
  }
}
