package org.cryows.probecontrol.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.controller.ControllerEvents;
import org.cryows.probecontrol.controller.OperatorAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's events to the journal first, then to the session's listeners. A listener that
 * throws is logged (its first failure as an error, then every thousandth) and skipped: the journal
 * and the controller never wait on a display.
 */
final class ListenedEvents implements ControllerEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ListenedEvents.class);

  private final JournalingEvents journal;
  private final List<SessionListener> listeners;
  private final Map<SessionListener, Long> failures = new ConcurrentHashMap<>();

  ListenedEvents(JournalingEvents journal, List<SessionListener> listeners) {
    this.journal = journal;
    this.listeners = listeners;
  }

  @Override
  public void operatorAction(long tMs, OperatorAction action) {
    journal.operatorAction(tMs, action);
  }

  @Override
  public void reportReceived(long tMs, ConsoleReport report) {
    journal.reportReceived(tMs, report);
    switch (report) {
      case ConsoleReport.TelemetryReport r -> tell(l -> l.telemetry(tMs, r.telemetry()));
      case ConsoleReport.ConsoleEvent e -> tell(l -> l.consoleEvent(tMs, e));
      default -> {}
    }
  }

  @Override
  public void commandSent(long tMs, ConsoleCommand command) {
    journal.commandSent(tMs, command);
    tell(l -> l.commandSent(tMs, command));
  }

  @Override
  public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {
    journal.stateChanged(tMs, from, to, reason);
    tell(l -> l.stateChanged(tMs, from, to, reason));
  }

  @Override
  public void alarmEvent(AlarmEvent event) {
    journal.alarmEvent(event);
    tell(l -> l.alarmEvent(event));
  }

  private void tell(Consumer<SessionListener> call) {
    for (SessionListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        long count = failures.merge(listener, 1L, Long::sum);
        if (count == 1) {
          LOG.error("session listener {} failed; the session goes on without it", listener, e);
        } else if (count % 1000 == 0) {
          LOG.error("session listener {} has failed {} times", listener, count);
        }
      }
    }
  }
}
