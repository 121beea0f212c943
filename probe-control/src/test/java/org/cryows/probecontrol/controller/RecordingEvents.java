package org.cryows.probecontrol.controller;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.alarm.AlarmEventKind;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;

/** Records every controller event in order, as values that compare equal when identical. */
class RecordingEvents implements ControllerEvents {

  sealed interface Recorded {
    long tMs();
  }

  record Action(long tMs, OperatorAction action) implements Recorded {}

  record Report(long tMs, ConsoleReport report) implements Recorded {}

  record Command(long tMs, ConsoleCommand command) implements Recorded {}

  record State(long tMs, ControllerState from, ControllerState to, String reason)
      implements Recorded {}

  record Alarm(AlarmEvent event) implements Recorded {
    @Override
    public long tMs() {
      return event.tMs();
    }
  }

  final List<Recorded> all = new ArrayList<>();

  @Override
  public void operatorAction(long tMs, OperatorAction action) {
    all.add(new Action(tMs, action));
  }

  @Override
  public void reportReceived(long tMs, ConsoleReport report) {
    all.add(new Report(tMs, report));
  }

  @Override
  public void commandSent(long tMs, ConsoleCommand command) {
    all.add(new Command(tMs, command));
  }

  @Override
  public void stateChanged(long tMs, ControllerState from, ControllerState to, String reason) {
    all.add(new State(tMs, from, to, reason));
  }

  @Override
  public void alarmEvent(AlarmEvent event) {
    all.add(new Alarm(event));
  }

  Recorded last() {
    return all.isEmpty() ? null : all.getLast();
  }

  List<ControllerState> states() {
    return all.stream().filter(r -> r instanceof State).map(r -> ((State) r).to()).toList();
  }

  List<State> stateChanges() {
    return all.stream().filter(r -> r instanceof State).map(r -> (State) r).toList();
  }

  List<AlarmEvent> alarms() {
    return all.stream().filter(r -> r instanceof Alarm).map(r -> ((Alarm) r).event()).toList();
  }

  List<AlarmEvent> raised(String code) {
    return alarms().stream()
        .filter(e -> e.code().equals(code) && e.kind() == AlarmEventKind.RAISED)
        .toList();
  }

  List<ConsoleCommand> commands() {
    return all.stream()
        .filter(r -> r instanceof Command)
        .map(r -> ((Command) r).command())
        .toList();
  }

  /** The inputs a journal keeps for replay: operator actions and reports, in order. */
  List<Recorded> inputs() {
    return all.stream().filter(r -> r instanceof Action || r instanceof Report).toList();
  }
}
