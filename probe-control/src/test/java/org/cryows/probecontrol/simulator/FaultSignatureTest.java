package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/**
 * Every fault shows its signature in telemetry (or, for the link faults, in the link queries): a
 * console freezes normally for 10 s, then the fault strikes.
 */
class FaultSignatureTest {
  private static final double KPA_PER_PSI = 6.894757;

  private static ConsoleHarness freezingThen(Fault fault) {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(10_000);
    h.injectAt(h.sim.nowMs() / 1000.0, fault);
    return h;
  }

  @Test
  void commLoss_linkDownAndHeartbeatsStop_consoleClosesValves() {
    ConsoleHarness h = freezingThen(Fault.COMM_LOSS);
    long faultMs = h.sim.nowMs();
    assertTrue(h.sim.linkDown());
    h.run(1_000);
    assertTrue(h.lastTelemetry().msSinceHeartbeat() >= 900);
    assertTrue(h.alarmsRaised().contains("CONSOLE_HEARTBEAT_LOST"));
    assertFalse(
        h.telemetrySince(faultMs + FirmwareSafety.HEARTBEAT_DEADLINE_MS).get(0).gasFlowing());
  }

  @Test
  void commLoss_withDuration_linkComesBack() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.injectFor(1.5, Fault.COMM_LOSS, 0.25);
    h.sim.advance(1_499);
    assertFalse(h.sim.linkDown());
    h.sim.advance(1);
    assertTrue(h.sim.linkDown());
    h.sim.advance(249);
    assertTrue(h.sim.linkDown());
    h.sim.advance(1);
    assertFalse(h.sim.linkDown());
  }

  @Test
  void lineNoise_reportedToTheLinkWhileTheFreezeGoesOn() {
    ConsoleHarness h = freezingThen(Fault.LINE_NOISE);
    assertTrue(h.sim.lineNoise());
    h.run(5_000);
    assertTrue(h.lastTelemetry().gasFlowing());
    assertTrue(h.alarmsRaised().isEmpty());
    LineNoise noise = new LineNoise(new SplittableRandom(7));
    byte[] frame = new byte[40_000];
    byte[] corrupted = noise.corrupt(frame);
    int flippedBits = 0;
    for (byte b : corrupted) {
      flippedBits += Integer.bitCount(b & 0xFF);
    }
    assertEquals(LineNoise.BIT_ERROR_RATE * 320_000, flippedBits, 25);
  }

  @Test
  void tipSensorOpen_tipReadsNaNWhileTheTipIsCold() {
    ConsoleHarness h = freezingThen(Fault.TIP_SENSOR_OPEN);
    h.run(100);
    assertTrue(Double.isNaN(h.lastTelemetry().tipC()));
    assertTrue(h.sim.trueTipC() < -70);
  }

  @Test
  void tipSensorShort_tipReadsFlatColdJunctionTemperature() {
    ConsoleHarness h = freezingThen(Fault.TIP_SENSOR_SHORT);
    double beforeC = h.lastTelemetry().tipC();
    h.run(1_000);
    List<Telemetry> samples = h.telemetrySince(h.sim.nowMs() - 900);
    for (Telemetry t : samples) {
      assertEquals(TipThermocouple.COLD_JUNCTION_C, t.tipC());
    }
    assertTrue(beforeC < -70);
  }

  @Test
  void supplyPressureLow_supplyBelow600PsiAndTipWarmer() {
    ConsoleHarness h = freezingThen(Fault.SUPPLY_PRESSURE_LOW);
    double normalTipC = h.lastTelemetry().tipC();
    h.run(30_000);
    Telemetry t = h.lastTelemetry();
    assertTrue(t.supplyKPa() < 600 * KPA_PER_PSI, "supply " + t.supplyKPa());
    assertTrue(t.tipC() > normalTipC + 15, "tip " + t.tipC() + " vs " + normalTipC);
  }

  @Test
  void supplyPressureHigh_supplyRisesAboveRegulatorAndConsoleTrips() {
    ConsoleHarness h = freezingThen(Fault.SUPPLY_PRESSURE_HIGH);
    h.run(500);
    assertTrue(h.alarmsRaised().contains("CONSOLE_SUPPLY_OVER_PRESSURE"));
    assertFalse(h.lastTelemetry().gasFlowing());
  }

  @Test
  void blockedProbe_valveOpenButNoReturnFlowAndTipStaysWarm() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.injectAt(0, Fault.BLOCKED_PROBE);
    h.bringToFreezing(Gas.CO2);
    h.run(20_000);
    Telemetry t = h.lastTelemetry();
    assertTrue(t.probeValveSensedOpen() && t.supplyValveSensedOpen());
    assertTrue(t.tipC() > 30, "tip " + t.tipC());
    assertTrue(t.returnKPa() < 1, "return " + t.returnKPa());
    assertTrue(t.supplyKPa() > Regulator.SET_KPA - 10, "no droop without flow");
  }

  @Test
  void leak_valvesClosed_closedInPressureFalls() {
    ConsoleHarness h = freezingThen(Fault.LEAK);
    h.send(new ConsoleCommand.Stop());
    h.run(200);
    double closedInKPa = h.lastTelemetry().supplyKPa();
    h.run(5_000);
    Telemetry t = h.lastTelemetry();
    assertFalse(t.probeValveSensedOpen() || t.supplyValveSensedOpen());
    assertTrue(t.supplyKPa() < 0.4 * closedInKPa, t.supplyKPa() + " from " + closedInKPa);
  }

  @Test
  void leak_absent_closedInPressureHolds() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.bringToFreezing(Gas.CO2);
    h.run(10_000);
    h.send(new ConsoleCommand.Stop());
    h.run(200);
    double closedInKPa = h.lastTelemetry().supplyKPa();
    h.run(5_000);
    assertTrue(closedInKPa > 3_000, "" + closedInKPa);
    assertTrue(h.lastTelemetry().supplyKPa() > 0.99 * closedInKPa);
  }

  @Test
  void exhaustBlocked_returnPressureRisesAndConsoleTrips() {
    ConsoleHarness h = freezingThen(Fault.EXHAUST_BLOCKED);
    h.run(3_000);
    double maxReturnKPa =
        h.telemetry().stream().mapToDouble(Telemetry::returnKPa).max().orElseThrow();
    assertTrue(maxReturnKPa > 15 * KPA_PER_PSI, "return " + maxReturnKPa);
    assertTrue(h.alarmsRaised().contains("CONSOLE_RETURN_OVER_PRESSURE"));
    assertFalse(h.lastTelemetry().gasFlowing());
    assertTrue(h.lastTelemetry().returnKPa() > 15 * KPA_PER_PSI, "trapped behind the block");
  }

  @Test
  void valveStuckOpen_probeValveSensedOpenWhileCommandedClosed() {
    ConsoleHarness h = new ConsoleHarness(Gas.CO2);
    h.run(100);
    h.injectAt(h.sim.nowMs() / 1000.0, Fault.VALVE_STUCK_OPEN);
    h.run(200);
    Telemetry t = h.lastTelemetry();
    assertFalse(t.probeValveCommandedOpen());
    assertTrue(t.probeValveSensedOpen());
    ConsoleSimulatorTest.assertRejected(
        h.send(new ConsoleCommand.RunSelfTest()), "CONSOLE_VALVE_POSITION_MISMATCH");
  }

  @Test
  void estop_reportedPressed() {
    ConsoleHarness h = freezingThen(Fault.ESTOP);
    h.run(100);
    assertTrue(h.lastTelemetry().estopPressed());
    assertFalse(h.lastTelemetry().gasFlowing());
  }

  @Test
  void footSwitchReleased_reportedReleasedAlthoughHeld() {
    ConsoleHarness h = freezingThen(Fault.FOOT_SWITCH_RELEASED);
    h.run(100);
    assertFalse(h.lastTelemetry().footSwitchPressed());
    assertTrue(
        h.lastTelemetry().gasFlowing(), "the console leaves this interlock to the controller");
  }

  @Test
  void skinTempLow_skinFallsBelowFiveDegreesWithinTenSeconds() {
    ConsoleHarness h = freezingThen(Fault.SKIN_TEMP_LOW);
    h.run(10_000);
    assertTrue(h.lastTelemetry().skinC() < 5, "skin " + h.lastTelemetry().skinC());
  }

  @Test
  void firmwareHang_telemetryStops() {
    ConsoleHarness h = freezingThen(Fault.FIRMWARE_HANG);
    long hangMs = h.sim.nowMs();
    h.run(3_000);
    assertTrue(h.telemetrySince(hangMs + 1).isEmpty());
    assertTrue(h.sim.firmwareHung());
  }

  @Test
  void selfTest_eachCheckableFault_failsNamingTheCheck() {
    record Case(Fault fault, String expected) {}
    List<Case> cases =
        List.of(
            new Case(Fault.TIP_SENSOR_OPEN, "open circuit"),
            new Case(Fault.TIP_SENSOR_SHORT, "short circuit"),
            new Case(Fault.SUPPLY_PRESSURE_LOW, "below"),
            new Case(Fault.SUPPLY_PRESSURE_HIGH, "CONSOLE_SUPPLY_OVER_PRESSURE"),
            new Case(Fault.LEAK, "leak"),
            new Case(Fault.SKIN_TEMP_LOW, "skin sensor"));
    for (Case c : cases) {
      ConsoleHarness h = new ConsoleHarness(Gas.CO2);
      h.run(100);
      h.injectAt(0.1, c.fault());
      h.run(c.fault() == Fault.SKIN_TEMP_LOW ? 20_000 : 100);
      h.send(new ConsoleCommand.RunSelfTest());
      h.run(2_000);
      assertFalse(h.lastSelfTest().passed(), c.fault() + " passed the self-test");
      String failures = String.join("; ", h.lastSelfTest().failures());
      assertTrue(failures.contains(c.expected()), c.fault() + ": " + failures);
    }
  }
}
