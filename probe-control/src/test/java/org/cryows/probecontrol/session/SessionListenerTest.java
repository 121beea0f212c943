package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.alarm.AlarmEventKind;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.interlock.SkinTemperatureLowInterlock;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.testkit.ExpectedErrorLog;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/**
 * The session's listeners, as the Console workspace will use them: a console's event frame is
 * heard, then the alarm it raises, the FAULT and the close, in the call that delivered it and each
 * after the journal recorded it; a listener that throws does not stop the others or the gas.
 */
class SessionListenerTest {

  private final List<JournalRecord> journal = new ArrayList<>();
  private final List<String> heard = new ArrayList<>();
  private final List<Integer> journaledWhenHeard = new ArrayList<>();
  private int telemetryHeard;

  private SimulatedSession freezing() {
    var pair = InMemoryBytePort.pair("workstation", "console");
    pair.a().open();
    pair.b().open();
    var events = new JournalingEvents(journal::add, Clock.systemUTC(), "nurse.test");
    var run =
        new SimulatedSession(pair.a(), pair.b(), SimulatorConfig.defaults(Gas.CO2), events, 1);
    run.act(new OperatorAction.Connect());
    run.act(
        OperatorAction.LoadProtocol.of(
            new FreezeProtocol(Gas.CO2, -78, List.of(new FreezeCycle(60, 0)))));
    run.advanceTo(1_000);
    run.act(new OperatorAction.SelfTest());
    run.advanceTo(3_500);
    run.act(new OperatorAction.Arm());
    run.advanceTo(4_000);
    run.act(new OperatorAction.FootSwitch(true));
    run.advanceTo(5_000);
    run.act(new OperatorAction.Start());
    run.advanceTo(6_007);
    assertEquals(ControllerState.FREEZING, run.session().controller().state());
    return run;
  }

  private final SessionListener recorder =
      new SessionListener() {
        @Override
        public void stateChanged(long tMs, ControllerState from, ControllerState to, String r) {
          hear(tMs + " state " + to);
        }

        @Override
        public void alarmEvent(AlarmEvent event) {
          hear(event.tMs() + " alarm " + event.kind() + " " + event.code());
        }

        @Override
        public void consoleEvent(long tMs, ConsoleReport.ConsoleEvent event) {
          hear(tMs + " event " + event.fault() + (event.present() ? " present" : " ended"));
        }

        @Override
        public void telemetry(long tMs, Telemetry sample) {
          telemetryHeard++;
        }

        @Override
        public void commandSent(long tMs, ConsoleCommand command) {
          hear(tMs + " command " + command);
        }
      };

  private void hear(String what) {
    heard.add(what);
    journaledWhenHeard.add(journal.size());
  }

  @Test
  void consoleEvent_heardWithItsAlarmFaultAndCloseInTheCallThatDeliveredIt() {
    SimulatedSession run = freezing();
    run.session().addListener(recorder);
    run.simulator().inject(ScheduledFault.untilEnd(run.nowMs() / 1000.0, Fault.SKIN_TEMP_LOW));
    long detectedMs = -1;
    while (detectedMs < 0) {
      run.advanceTo(run.nowMs() + 1);
      Long seen = run.simulator().detectedFaults().get(Fault.SKIN_TEMP_LOW);
      detectedMs = seen == null ? -1 : seen;
    }
    run.advanceTo(detectedMs + 10);
    int event = indexOf("event SKIN_TEMP_LOW present");
    assertTrue(event >= 0, heard.toString());
    String t = heard.get(event).split(" ")[0];
    List<String> after = heard.subList(event, heard.size());
    assertTrue(
        after.containsAll(
            List.of(
                t + " alarm RAISED " + SkinTemperatureLowInterlock.CODE,
                t + " state FAULT",
                t + " command SetProbeValve[open=false]")),
        "heard in the same call: " + after);
    assertTrue(Long.parseLong(t) - detectedMs <= SimulatedTimeLoop.MAX_STEP_MS);
    // The alarm was in the journal when the listener heard of it.
    int alarm = indexOf(t + " alarm RAISED " + SkinTemperatureLowInterlock.CODE);
    JournalRecord lastJournaled = journal.get(journaledWhenHeard.get(alarm) - 1);
    assertTrue(
        lastJournaled.event() instanceof JournalEvent.AlarmEvent a
            && a.alarm().equals(SkinTemperatureLowInterlock.CODE),
        "journaled last when heard: " + lastJournaled);
    assertTrue(telemetryHeard > 0, "telemetry heard");
  }

  @Test
  @ExpectedErrorLog(
      "org.cryows.probecontrol.session.ListenedEvents: session listener .* failed; the session"
          + " goes on without it")
  void listenerThrows_othersHearAndTheGasStops() {
    SimulatedSession run = freezing();
    run.session()
        .addListener(
            new SessionListener() {
              @Override
              public void alarmEvent(AlarmEvent event) {
                throw new IllegalStateException("a display that broke");
              }
            });
    run.session().addListener(recorder);
    run.simulator().inject(ScheduledFault.untilEnd(run.nowMs() / 1000.0, Fault.ESTOP));
    run.advanceTo(run.nowMs() + 50);
    assertEquals(ControllerState.ESTOP, run.session().controller().state());
    assertFalse(run.session().controller().probeValveCommandedOpen());
    assertTrue(
        heard.stream().anyMatch(h -> h.endsWith("alarm " + AlarmEventKind.RAISED + " ESTOP")),
        heard.toString());
  }

  private int indexOf(String suffix) {
    for (int i = 0; i < heard.size(); i++) {
      if (heard.get(i).endsWith(suffix)) {
        return i;
      }
    }
    return -1;
  }
}
