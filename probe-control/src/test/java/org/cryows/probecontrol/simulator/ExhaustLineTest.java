package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExhaustLineTest {
  private static final double KPA_PER_PSI = 6.894757;

  @Test
  void step_designFlow_settlesInsideTheTenToFifteenPsiBand() {
    ExhaustLine line = new ExhaustLine();
    for (int i = 0; i < 400; i++) {
      line.step(0.005, Plant.DESIGN_FLOW_GPS, false);
    }
    assertTrue(line.pressureKPa() >= 10 * KPA_PER_PSI && line.pressureKPa() <= 15 * KPA_PER_PSI);
  }

  @Test
  void step_flowStops_pressureFallsToZero() {
    ExhaustLine line = new ExhaustLine();
    for (int i = 0; i < 400; i++) {
      line.step(0.005, Plant.DESIGN_FLOW_GPS, false);
    }
    for (int i = 0; i < 600; i++) {
      line.step(0.005, 0, false);
    }
    assertEquals(0, line.pressureKPa(), 0.1);
  }

  @Test
  void step_blocked_pressureRisesWhileGasArrivesAndHoldsAfter() {
    ExhaustLine line = new ExhaustLine();
    for (int i = 0; i < 400; i++) {
      line.step(0.005, Plant.DESIGN_FLOW_GPS, true);
    }
    double afterTwoSeconds = line.pressureKPa();
    assertTrue(afterTwoSeconds > FirmwareSafety.RETURN_OVER_PRESSURE_KPA, "" + afterTwoSeconds);
    line.step(1, 0, true);
    assertEquals(afterTwoSeconds, line.pressureKPa(), 1e-9);
  }
}
