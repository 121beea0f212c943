package org.cryows.probecontrol.controller;

import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;

/**
 * Where the controller reports everything it does, for the session journal. Each call comes BEFORE
 * the controller acts on it (journal first): an operator action before it is handled, a report
 * before it is used, a command before it goes to the link, a state change before it takes effect,
 * an alarm change before the alarm list shows it. Times are session milliseconds.
 *
 * <p>Feeding the recorded operator actions and reports, with their times, to a fresh controller
 * reproduces every other call exactly (see the package documentation).
 *
 * <p>Called on the controller's thread; an implementation must not call back into the controller
 * and should return quickly. An exception thrown here is logged and does not stop the controller.
 */
public interface ControllerEvents {

  void operatorAction(long tMs, OperatorAction action);

  void reportReceived(long tMs, ConsoleReport report);

  void commandSent(long tMs, ConsoleCommand command);

  void stateChanged(long tMs, ControllerState from, ControllerState to, String reason);

  void alarmEvent(AlarmEvent event);

  /** Events that go nowhere. */
  static ControllerEvents none() {
    return new ControllerEvents() {
      @Override
      public void operatorAction(long tMs, OperatorAction action) {}

      @Override
      public void reportReceived(long tMs, ConsoleReport report) {}

      @Override
      public void commandSent(long tMs, ConsoleCommand command) {}

      @Override
      public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {}

      @Override
      public void alarmEvent(AlarmEvent event) {}
    };
  }
}
