package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.controller.ActionResult;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.testkit.ExpectedErrorLog;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

  private final List<JournalRecord> records = new ArrayList<>();
  private boolean journalBroken;

  private SimulatedSession session() {
    var pair = InMemoryBytePort.pair("workstation", "console");
    pair.a().open();
    pair.b().open();
    RecordSink sink =
        record -> {
          if (journalBroken) {
            throw new IllegalStateException("disk full");
          }
          records.add(record);
        };
    var journal = new JournalingEvents(sink, Clock.systemUTC(), "nurse.lindqvist");
    return new SimulatedSession(pair.a(), pair.b(), SimulatorConfig.defaults(Gas.CO2), journal, 1);
  }

  @Test
  void act_connect_journalsTheActionBeforeItsStateChangeAndCommand() {
    SimulatedSession run = session();
    run.act(new OperatorAction.Connect());
    run.advanceTo(200);
    assertEquals(
        new JournalEvent.OperatorAction("connect", java.util.Map.of()), records.get(0).event());
    assertEquals(
        new JournalEvent.StateChanged(
            ControllerState.DISCONNECTED, ControllerState.CONNECTED, "operator connected"),
        records.get(1).event());
    assertEquals(
        new JournalEvent.CommandIssued(new ConsoleCommand.Identify()), records.get(2).event());
    assertTrue(
        records.stream().allMatch(r -> r.operator().equals("nurse.lindqvist")),
        "the operator's name is in every record");
    assertTrue(
        records.stream().anyMatch(r -> r.event() instanceof JournalEvent.TelemetrySample),
        "telemetry is journaled");
    assertTrue(
        records.stream()
            .anyMatch(
                r ->
                    r.event() instanceof JournalEvent.OperatorAction a
                        && a.action().equals("report.identity")),
        "the console's identity is journaled");
    for (int i = 1; i < records.size(); i++) {
      assertTrue(records.get(i).tMs() >= records.get(i - 1).tMs(), "time order at " + i);
    }
  }

  @Test
  @ExpectedErrorLog(
      "org.cryows.probecontrol.session.JournalingEvents: journal append failed at .*disk full.*")
  void act_afterTheJournalFailed_refusesWhatCouldLeadToGasFlow() {
    SimulatedSession run = session();
    run.act(new OperatorAction.Connect());
    run.advanceTo(100);
    journalBroken = true;
    run.advanceTo(200);
    assertTrue(run.session().journalFailure().isPresent(), "the session noticed");
    ActionResult selfTest = run.act(new OperatorAction.SelfTest());
    assertFalse(selfTest.accepted());
    assertTrue(selfTest.reason().contains("journal failed"), selfTest.reason());
    assertTrue(run.act(new OperatorAction.EStop()).accepted(), "the e-stop still works");
  }
}
