package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SupplyLineTest {

  private static void run(
      SupplyLine line, double sec, double supply, double probe, boolean leak, boolean vent) {
    for (int i = 0; i < sec * 200; i++) {
      line.step(0.005, Regulator.SET_KPA, supply, probe, leak, vent);
    }
  }

  @Test
  void step_shutOffOpen_fillsToRegulatorPressureWithinHalfASecond() {
    SupplyLine line = new SupplyLine();
    run(line, 0.5, 1, 0, false, false);
    assertEquals(Regulator.SET_KPA, line.pressureKPa(), 1);
  }

  @Test
  void step_probeOpen_droopsAboutTwoPercent() {
    SupplyLine line = new SupplyLine();
    run(line, 2, 1, 1, false, false);
    double droop = 1 - line.pressureKPa() / Regulator.SET_KPA;
    assertEquals(0.02, droop, 0.002);
  }

  @Test
  void step_closedInWithoutLeak_holdsPressure() {
    SupplyLine line = new SupplyLine();
    run(line, 0.5, 1, 0, false, false);
    double held = line.pressureKPa();
    run(line, 10, 0, 0, false, false);
    assertEquals(held, line.pressureKPa(), 1e-9);
  }

  @Test
  void step_closedInWithLeak_fallsByAboutAFifthEachSecond() {
    SupplyLine line = new SupplyLine();
    run(line, 0.5, 1, 0, false, false);
    double held = line.pressureKPa();
    run(line, 1, 0, 0, true, false);
    assertEquals(held * Math.exp(-1 / SupplyLine.LEAK_TAU_SEC), line.pressureKPa(), 1);
    assertTrue(line.pressureKPa() < 0.8 * held);
  }

  @Test
  void step_vented_emptiesWithinOneSecond() {
    SupplyLine line = new SupplyLine();
    run(line, 0.5, 1, 0, false, false);
    run(line, 1, 0, 0, false, true);
    assertTrue(line.pressureKPa() < 10, "left " + line.pressureKPa());
  }
}
