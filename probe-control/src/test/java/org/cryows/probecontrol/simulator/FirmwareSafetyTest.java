package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/** The console's own safety, acting whatever the workstation says. */
class FirmwareSafetyTest {

  private static void assertBothClosedFrom(ConsoleHarness h, long fromMs) {
    List<Telemetry> samples = h.telemetrySince(fromMs);
    assertFalse(samples.isEmpty(), "no telemetry after " + fromMs);
    for (Telemetry t : samples) {
      assertFalse(t.probeValveSensedOpen(), "probe valve open at " + t.consoleTimeMs());
      assertFalse(t.supplyValveSensedOpen(), "supply valve open at " + t.consoleTimeMs());
    }
  }

  @Test
  void heartbeatsStop_whileFreezing_bothValvesClosedWithin500msAndAlarmRaised() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(10_000);
    long lastHeartbeatMs = h.sim.nowMs() - ConsoleHarness.HEARTBEAT_PERIOD_MS;
    h.sendHeartbeats = false;
    h.run(2_000);
    long alarmMs = h.alarmRaisedAtMs("CONSOLE_HEARTBEAT_LOST");
    assertEquals(lastHeartbeatMs + FirmwareSafety.HEARTBEAT_TRIP_MS, alarmMs);
    assertBothClosedFrom(h, lastHeartbeatMs + FirmwareSafety.HEARTBEAT_DEADLINE_MS);
    assertTrue(h.telemetrySince(lastHeartbeatMs + 400).get(0).gasFlowing(), "still flowing before");
    assertEquals(Set.of(SafetyTrip.HEARTBEAT_LOST), h.sim.latchedTrips());
    assertFalse(h.sim.armed());
  }

  @Test
  void heartbeatsStop_workstationKeepsCommandingOpen_refused() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.sendHeartbeats = false;
    h.run(600);
    ConsoleSimulatorTest.assertRejected(
        h.send(new ConsoleCommand.SetProbeValve(true)), "CONSOLE_HEARTBEAT_LOST");
    ConsoleSimulatorTest.assertRejected(h.send(new ConsoleCommand.Arm()), "safety tripped");
    h.run(100);
    assertBothClosedFrom(h, h.sim.nowMs() - 20);
  }

  @Test
  void heartbeatTrip_heartbeatsResumeAndStop_alarmClearedAndConsoleCanArmAgain() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.sendHeartbeats = false;
    h.run(600);
    h.sendHeartbeats = true;
    ConsoleSimulatorTest.assertRejected(
        h.send(new ConsoleCommand.SetProbeValve(true)), "safety tripped");
    h.send(new ConsoleCommand.Heartbeat());
    assertTrue(h.send(new ConsoleCommand.Stop()).accepted());
    h.run(100);
    assertEquals(List.of("CONSOLE_HEARTBEAT_LOST"), h.alarmsCleared());
    assertTrue(h.sim.latchedTrips().isEmpty());
    assertTrue(h.send(new ConsoleCommand.Arm()).accepted());
  }

  @Test
  void stop_withoutHeartbeatFirst_tripStaysLatched() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.sendHeartbeats = false;
    h.run(600);
    assertTrue(h.sim.handle(new ConsoleCommand.Stop()).accepted());
    h.sim.advance(20);
    assertTrue(h.alarmsCleared().isEmpty());
    assertEquals(Set.of(SafetyTrip.HEARTBEAT_LOST), h.sim.latchedTrips());
  }

  @Test
  void noHeartbeatEverReceived_noWatchdogTrip() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.sendHeartbeats = false;
    h.run(5_000);
    assertTrue(h.alarmsRaised().isEmpty());
    assertTrue(h.lastTelemetry().msSinceHeartbeat() >= 4_980);
  }

  @Test
  void estop_whileFreezing_valvesClosedVentedAlarmRaised() {
    ConsoleHarness h = new ConsoleHarness(Gas.N2O);
    h.bringToFreezing(Gas.N2O);
    h.run(5_000);
    long pressMs = h.sim.nowMs();
    h.sim.setEstopPressed(true);
    h.run(1_000);
    assertEquals(pressMs, h.alarmRaisedAtMs("CONSOLE_ESTOP"));
    assertBothClosedFrom(h, pressMs + Plant.SUPPLY_VALVE_TRAVEL_MS);
    assertTrue(h.lastTelemetry().estopPressed());
    assertTrue(h.lastTelemetry().supplyKPa() < 50, "vented: " + h.lastTelemetry().supplyKPa());
    ConsoleSimulatorTest.assertRejected(h.send(new ConsoleCommand.RunSelfTest()), "CONSOLE_ESTOP");
    h.send(new ConsoleCommand.Stop());
    h.run(100);
    assertTrue(h.alarmsCleared().isEmpty(), "e-stop still pressed: the trip stays");
    h.sim.setEstopPressed(false);
    h.send(new ConsoleCommand.Stop());
    h.run(100);
    assertEquals(List.of("CONSOLE_ESTOP"), h.alarmsCleared());
  }

  @Test
  void supplyOverPressure_regulatorFailedOpen_tripsBeforeTheLineReachesCylinderPressure() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(5_000);
    long faultMs = h.sim.nowMs();
    h.injectAt(faultMs / 1000.0, Fault.SUPPLY_PRESSURE_HIGH);
    h.run(1_000);
    long alarmMs = h.alarmRaisedAtMs("CONSOLE_SUPPLY_OVER_PRESSURE");
    assertTrue(alarmMs >= faultMs && alarmMs < faultMs + 100, "tripped at " + alarmMs);
    assertBothClosedFrom(h, alarmMs + Plant.SUPPLY_VALVE_TRAVEL_MS);
    double peakKPa =
        h.telemetrySince(faultMs).stream().mapToDouble(Telemetry::supplyKPa).max().orElseThrow();
    // Samples are 20 ms apart, so the one above the limit may fall between them.
    assertTrue(peakKPa > Regulator.SET_KPA + 100, "peak " + peakKPa);
    assertTrue(peakKPa < h.sim.cylinderKPa() - 100, "peak " + peakKPa);
  }

  @Test
  void firmwareHang_whileFreezing_hardwareWatchdogClosesValvesWithin500ms() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(5_000);
    long hangMs = h.sim.nowMs();
    h.injectFor(hangMs / 1000.0, Fault.FIRMWARE_HANG, 2);
    h.sim.advance(FirmwareSafety.HEARTBEAT_DEADLINE_MS);
    Telemetry inside = h.sim.readSensors();
    assertFalse(inside.probeValveSensedOpen() || inside.supplyValveSensedOpen());
    assertTrue(h.telemetrySince(hangMs + 1).isEmpty(), "a hung console sends nothing");
    assertInstanceOf(CommandResult.Unanswered.class, h.sim.handle(new ConsoleCommand.Heartbeat()));
    h.run(2_000);
    assertTrue(h.alarmsRaised().contains("CONSOLE_WATCHDOG_RESET"), h.alarmsRaised().toString());
    assertFalse(h.telemetrySince(hangMs + 2_000).isEmpty(), "telemetry resumes");
    assertBothClosedFrom(h, hangMs + 2_000);
  }

  @Test
  void valveStuckOpen_whenCommandedClosed_supplyShutOffClosesAndAlarmRaised() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(5_000);
    h.injectAt(h.sim.nowMs() / 1000.0, Fault.VALVE_STUCK_OPEN);
    h.run(1_000);
    long closeMs = h.sim.nowMs();
    h.send(new ConsoleCommand.SetProbeValve(false));
    h.run(1_000);
    long alarmMs = h.alarmRaisedAtMs("CONSOLE_VALVE_POSITION_MISMATCH");
    long detectionLimitMs =
        closeMs + Plant.PROBE_VALVE_TRAVEL_MS + FirmwareSafety.POSITION_MISMATCH_MARGIN_MS + 5;
    assertTrue(alarmMs > closeMs && alarmMs <= detectionLimitMs, "alarm at " + alarmMs);
    for (Telemetry t : h.telemetrySince(alarmMs + Plant.SUPPLY_VALVE_TRAVEL_MS)) {
      assertTrue(t.probeValveSensedOpen());
      assertFalse(t.supplyValveSensedOpen(), "supply open at " + t.consoleTimeMs());
    }
  }
}
