package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The console's event frames: each fault it detects itself is reported the moment its firmware sees
 * it, before the telemetry sample that shows it, and again when it ends; a clean freeze reports
 * nothing.
 */
class ConsoleEventTest {

  /** Ten seconds into a freeze, 7 ms after a telemetry sample, the fault strikes. */
  private static ConsoleHarness freezingThen(ConsoleHarness h, Fault fault) {
    h.bringToFreezing(Gas.CO2);
    h.run(10_000);
    h.sim.advance(7);
    h.injectAt(h.sim.nowMs() / 1000.0, fault);
    if (fault == Fault.VALVE_STUCK_OPEN) {
      // A stuck valve shows only against a close.
      assertTrue(h.send(new ConsoleCommand.SetProbeValve(false)).accepted());
    }
    return h;
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "TIP_SENSOR_OPEN",
        "ESTOP",
        "FOOT_SWITCH_RELEASED",
        "SUPPLY_PRESSURE_LOW",
        "SUPPLY_PRESSURE_HIGH",
        "EXHAUST_BLOCKED",
        "VALVE_STUCK_OPEN",
        "SKIN_TEMP_LOW"
      })
  void faultTheConsoleDetects_eventAtDetectionAheadOfTheTelemetry(Fault fault) {
    assertTrue(fault.detectedByConsole());
    ConsoleHarness h = freezingThen(new ConsoleHarness(Gas.CO2), fault);
    long onsetMs = h.sim.nowMs();
    int eventIndex = -1;
    for (long t = 0; t < 10_000 && eventIndex < 0; t++) {
      h.run(1);
      eventIndex = firstEvent(h, fault, true, onsetMs);
    }
    assertTrue(eventIndex >= 0, fault + " never reported");
    var event = (ConsoleReport.ConsoleEvent) h.reports.get(eventIndex);
    long reportedAtMs = h.reportTimesMs.get(eventIndex);
    assertEquals(reportedAtMs, event.consoleTimeMs(), "stamped with the moment it was seen");
    assertEquals(reportedAtMs, h.sim.detectedFaults().get(fault), "the look inside agrees");
    assertFalse(event.detail().isBlank());
    // No telemetry sample taken at or after the detection went out before the event.
    for (int i = 0; i < eventIndex; i++) {
      if (h.reports.get(i) instanceof ConsoleReport.TelemetryReport t) {
        assertTrue(t.telemetry().consoleTimeMs() < reportedAtMs, "telemetry before the event");
      }
    }
    if (fault == Fault.FOOT_SWITCH_RELEASED
        || fault == Fault.TIP_SENSOR_OPEN
        || fault == Fault.ESTOP) {
      assertEquals(onsetMs, reportedAtMs, "an input or an open loop is seen at once");
    }
  }

  @Test
  void faultEnds_eventSaysSo() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(1_000);
    long onsetMs = h.sim.nowMs();
    h.injectFor(onsetMs / 1000.0, Fault.ESTOP, 0.5);
    h.run(1_000);
    int raised = firstEvent(h, Fault.ESTOP, true, onsetMs);
    int ended = firstEvent(h, Fault.ESTOP, false, onsetMs);
    assertTrue(raised >= 0 && ended > raised, "present, then ended");
    assertEquals(onsetMs + 500, h.reportTimesMs.get(ended));
    assertEquals(List.of(), List.copyOf(h.sim.detectedFaults().keySet()));
  }

  @Test
  void cleanFreeze_noEvent() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(30_000);
    assertTrue(
        h.reports.stream().noneMatch(r -> r instanceof ConsoleReport.ConsoleEvent),
        "events in a clean freeze: "
            + h.reports.stream().filter(r -> r instanceof ConsoleReport.ConsoleEvent).toList());
  }

  @Test
  void firmwareWithoutEventFrames_detectsTheSameButSendsNothing() {
    ConsoleHarness h =
        freezingThen(
            new ConsoleHarness(SimulatorConfig.defaults(Gas.CO2).withoutEventFrames()),
            Fault.TIP_SENSOR_OPEN);
    h.run(200);
    assertTrue(h.sim.detectedFaults().containsKey(Fault.TIP_SENSOR_OPEN));
    assertTrue(h.reports.stream().noneMatch(r -> r instanceof ConsoleReport.ConsoleEvent));
  }

  @Test
  void eventTheLinkGaveUpOn_theFaultsStateGoesOutAgain() {
    ConsoleHarness h = freezingThen(new ConsoleHarness(Gas.CO2), Fault.TIP_SENSOR_OPEN);
    long onsetMs = h.sim.nowMs();
    h.sim.advance(1);
    var first =
        (ConsoleReport.ConsoleEvent)
            h.reports.get(firstEvent(h, Fault.TIP_SENSOR_OPEN, true, onsetMs));
    h.sim.reportUndelivered(first);
    int before = h.reports.size();
    h.sim.advance(1);
    List<ConsoleReport> again =
        h.reports.subList(before, h.reports.size()).stream()
            .filter(r -> r instanceof ConsoleReport.ConsoleEvent)
            .toList();
    assertEquals(1, again.size(), "one event again: " + again);
    var resent = (ConsoleReport.ConsoleEvent) again.getFirst();
    assertEquals(Fault.TIP_SENSOR_OPEN, resent.fault());
    assertTrue(resent.present());
    assertTrue(resent.consoleTimeMs() > first.consoleTimeMs(), "the state as it is now");
  }

  @Test
  void alarmTheLinkGaveUpOn_raisedAgainWhileTheTripHolds() {
    ConsoleHarness h = freezingThen(new ConsoleHarness(Gas.CO2), Fault.ESTOP);
    h.run(50);
    var raised =
        h.reports.stream()
            .filter(r -> r instanceof ConsoleReport.ConsoleAlarmRaised)
            .map(r -> (ConsoleReport.ConsoleAlarmRaised) r)
            .findFirst()
            .orElseThrow();
    assertEquals("CONSOLE_ESTOP", raised.code());
    h.sim.reportUndelivered(raised);
    int before = h.reports.size();
    h.run(5);
    assertEquals(
        List.of(raised),
        h.reports.subList(before, h.reports.size()).stream()
            .filter(r -> r instanceof ConsoleReport.ConsoleAlarmRaised)
            .toList(),
        "raised again, once");
    h.sim.reportUndelivered(new ConsoleReport.ConsoleAlarmCleared("CONSOLE_ESTOP"));
    int after = h.reports.size();
    h.run(5);
    assertTrue(
        h.reports.subList(after, h.reports.size()).stream()
            .noneMatch(r -> r instanceof ConsoleReport.ConsoleAlarmCleared),
        "a clear is not repeated while the trip still holds");
  }

  /** Index of the first event for {@code fault} with {@code present} sent at or after a time. */
  private static int firstEvent(ConsoleHarness h, Fault fault, boolean present, long fromMs) {
    for (int i = 0; i < h.reports.size(); i++) {
      if (h.reports.get(i) instanceof ConsoleReport.ConsoleEvent e
          && e.fault() == fault
          && e.present() == present
          && h.reportTimesMs.get(i) >= fromMs) {
        return i;
      }
    }
    return -1;
  }
}
