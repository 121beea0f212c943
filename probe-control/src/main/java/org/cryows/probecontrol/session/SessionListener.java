package org.cryows.probecontrol.session;

import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Telemetry;

/**
 * What a display (the Console workspace) or a measurement hears from a running {@link
 * ConsoleSession}, through {@link ConsoleSession#addListener}: the controller's state changes, its
 * alarm events, the console's event frames, its telemetry and the commands sent, each with its
 * session time.
 *
 * <p>Each call comes on the thread that drove the controller (the session's loop for reports and
 * ticks, the operator's for actions), right after the journal has recorded the same thing and
 * before the controller acts on it: an alarm raised by a console's event frame is heard within the
 * call that delivered the frame. A listener must return quickly and must not call back into the
 * session or its controller on that thread: a window hands the values on to its own thread and
 * reads the controller's queries from there. One that throws is logged and skipped; the journal,
 * the controller and the other listeners go on.
 *
 * <p>Every method does nothing unless overridden.
 */
public interface SessionListener {

  /** The controller changes state (FAULT, ESTOP, FREEZING...), for {@code reason}. */
  default void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {}

  /** An alarm is raised, cleared, acknowledged or has its audio paused. */
  default void alarmEvent(AlarmEvent event) {}

  /** The console reports a fault it detected itself, or its end (an event frame). */
  default void consoleEvent(long tMs, ConsoleReport.ConsoleEvent event) {}

  /** A telemetry sample arrived (50 Hz). */
  default void telemetry(long tMs, Telemetry sample) {}

  /** The controller sends a command to the console (it goes on the line right after). */
  default void commandSent(long tMs, ConsoleCommand command) {}
}
