package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.cryows.treatment.PlanHash;
import org.junit.jupiter.api.Test;

class InputRecordsTest {
  private static final FreezeProtocol PROTOCOL =
      new FreezeProtocol(
          Gas.N2O, -71.3, List.of(new FreezeCycle(120.5, 60), new FreezeCycle(0.1, 0)));

  @Test
  void action_everyOperatorAction_readsBackEqual() {
    List<OperatorAction> actions =
        List.of(
            new OperatorAction.Connect(),
            new OperatorAction.SelfTest(),
            OperatorAction.LoadProtocol.of(PROTOCOL),
            OperatorAction.LoadProtocol.of(
                PROTOCOL, Optional.of(new PlanHash("sha256:" + "0123456789abcdef".repeat(4)))),
            new OperatorAction.LoadProtocol(null, Double.NaN, List.of()),
            new OperatorAction.Arm(),
            new OperatorAction.FootSwitch(true),
            new OperatorAction.FootSwitch(false),
            new OperatorAction.Start(),
            new OperatorAction.Stop(),
            new OperatorAction.Acknowledge("TIP_SENSOR"),
            new OperatorAction.PauseAudio("LINK_LOSS"),
            new OperatorAction.EStop());
    for (OperatorAction action : actions) {
      JournalEvent.OperatorAction record = InputRecords.action(action);
      assertEquals(Optional.of(action), InputRecords.toAction(record), record.toString());
      assertEquals(Optional.empty(), InputRecords.toReport(record));
    }
  }

  @Test
  void report_everyConsoleReport_readsBackEqual() {
    var telemetry =
        new Telemetry(
            1234, Double.NaN, 12.5, 4394.25, 81, true, true, true, false, 33, false, true, 17);
    List<ConsoleReport> reports =
        List.of(
            new ConsoleReport.TelemetryReport(telemetry),
            new ConsoleReport.IdentityReport(
                new ConsoleIdentity("SIM-0001", "sim-1.0.0", "", 4, 5)),
            new ConsoleReport.SelfTestReport(SelfTestResult.pass()),
            new ConsoleReport.SelfTestReport(
                SelfTestResult.fail(
                    List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"))),
            new ConsoleReport.ConsoleHeartbeat(),
            new ConsoleReport.ConsoleAlarmRaised("CONSOLE_ESTOP", "e-stop pressed"),
            new ConsoleReport.ConsoleAlarmCleared("CONSOLE_ESTOP"),
            new ConsoleReport.ConsoleEvent(
                48_213, Fault.VALVE_STUCK_OPEN, true, "probe valve sensed open 51 ms after"),
            new ConsoleReport.ConsoleEvent(48_900, Fault.VALVE_STUCK_OPEN, false, "follows"),
            new ConsoleReport.CommandRejected(new ConsoleCommand.LoadProtocol(PROTOCOL), "gas"),
            new ConsoleReport.CommandRejected(new ConsoleCommand.SetProbeValve(true), "tripped"),
            new ConsoleReport.CommandUndelivered(new ConsoleCommand.SetSupplyValve(false), "4x"),
            new ConsoleReport.CommandUndelivered(new ConsoleCommand.Vent(), "no ack"));
    for (ConsoleReport report : reports) {
      JournalEvent event = InputRecords.report(report);
      assertEquals(Optional.of(report), InputRecords.toReport(event), event.toString());
      if (event instanceof JournalEvent.OperatorAction a) {
        assertTrue(a.action().startsWith(InputRecords.REPORT_PREFIX), a.action());
        assertEquals(Optional.empty(), InputRecords.toAction(a));
      }
    }
  }

  @Test
  void toAction_unknownName_isRefusedNamingIt() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> InputRecords.toAction(new JournalEvent.OperatorAction("dance", Map.of())));
    assertTrue(e.getMessage().contains("dance"), e.getMessage());
  }
}
