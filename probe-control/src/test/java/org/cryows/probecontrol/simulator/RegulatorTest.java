package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegulatorTest {
  private static final double KPA_PER_PSI = 6.894757;

  @Test
  void setPoint_insideTheConsolesRangeOf600To800Psi() {
    assertTrue(Regulator.SET_KPA >= 600 * KPA_PER_PSI && Regulator.SET_KPA <= 800 * KPA_PER_PSI);
  }

  @Test
  void outletKPa_fullCylinder_holdsSetPoint() {
    assertEquals(Regulator.SET_KPA, Regulator.outletKPa(5628, false, false));
    assertEquals(Regulator.SET_KPA, Regulator.outletKPa(4951, false, false));
  }

  @Test
  void outletKPa_cylinderBelowSetPoint_passesCylinderLessDropout() {
    assertEquals(3000 - Regulator.DROPOUT_KPA, Regulator.outletKPa(3000, false, false));
    assertEquals(0, Regulator.outletKPa(50, false, false));
  }

  @Test
  void outletKPa_failedLow_deliversTheFailedPressure() {
    assertEquals(Regulator.FAILED_LOW_KPA, Regulator.outletKPa(5628, true, false));
  }

  @Test
  void outletKPa_failedOpen_passesWholeCylinderPressure() {
    assertEquals(5628, Regulator.outletKPa(5628, false, true));
    assertTrue(
        Regulator.outletKPa(5052.5 - 101.3, false, true) > FirmwareSafety.SUPPLY_OVER_PRESSURE_KPA);
  }
}
