package org.cryows.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JouleThomsonTipTest {

  private static final ConsoleCapabilities CONSOLE = ConsoleCapabilities.STANDARD;

  @Test
  void gasLimitC_atOrBelowNormalReturn_isTheGasLimit() {
    for (Gas gas : CONSOLE.gases()) {
      assertEquals(gas.coldestTipC(), JouleThomsonTip.gasLimitC(gas, 0, 83), 1e-9);
      assertEquals(gas.coldestTipC(), JouleThomsonTip.gasLimitC(gas, 83, 83), 1e-9);
    }
  }

  @Test
  void gasLimitC_higherReturnPressure_warmerLimit() {
    for (Gas gas : CONSOLE.gases()) {
      double at200 = JouleThomsonTip.gasLimitC(gas, 200, 83);
      double at1000 = JouleThomsonTip.gasLimitC(gas, 1000, 83);
      assertTrue(at200 > gas.coldestTipC() + 3, gas + " at 200 kPa: " + at200);
      assertTrue(at1000 > at200 + 10, gas + " at 1000 kPa: " + at1000);
      assertTrue(at1000 < 0, gas + " still far below freezing at 1000 kPa: " + at1000);
    }
  }

  @Test
  void reachableTipC_atTheRegulatedPressure_levelsOffAboveTheGasLimit() {
    // Steady state of the lumped tip with k = 40: T = T_limit + (37 - T_limit) / 41.
    double co2 = JouleThomsonTip.reachableTipC(Gas.CO2, CONSOLE.regulatedSupplyKPa(), CONSOLE);
    double n2o = JouleThomsonTip.reachableTipC(Gas.N2O, CONSOLE.regulatedSupplyKPa(), CONSOLE);
    assertEquals(-78.5 + 115.5 / 41, co2, 1e-9);
    assertEquals(-75.68, co2, 0.005);
    assertEquals(-88.5 + 125.5 / 41, n2o, 1e-9);
  }

  @Test
  void reachableTipC_lowerSupply_warmerTip() {
    double regulated = JouleThomsonTip.reachableTipC(Gas.CO2, 4480, CONSOLE);
    double low = JouleThomsonTip.reachableTipC(Gas.CO2, 4000, CONSOLE);
    double failed = JouleThomsonTip.reachableTipC(Gas.CO2, 2000, CONSOLE);
    assertTrue(low > regulated, low + " vs " + regulated);
    assertTrue(failed > regulated + 15, "a failed regulator leaves the tip warm: " + failed);
    assertEquals(JouleThomsonTip.TISSUE_C, JouleThomsonTip.reachableTipC(Gas.CO2, 0, CONSOLE));
  }

  @Test
  void heldTipC_setpointWarmerThanReachable_isTheSetpoint() {
    var cycles = List.of(new FreezeCycle(120, 60));
    assertEquals(
        -60, JouleThomsonTip.heldTipC(new FreezeProtocol(Gas.CO2, -60, cycles), 4480, CONSOLE));
    // -78 C is a setpoint CO2 allows, but the tip levels off warmer than that.
    assertEquals(
        JouleThomsonTip.reachableTipC(Gas.CO2, 4480, CONSOLE),
        JouleThomsonTip.heldTipC(new FreezeProtocol(Gas.CO2, -78, cycles), 4480, CONSOLE));
  }

  @Test
  void reachableTipC_gasTheConsoleDoesNotDrive_isRefused() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> JouleThomsonTip.reachableTipC(Gas.ARGON, 4480, CONSOLE));
    assertTrue(e.getMessage().contains("CO2 and N2O"), e.getMessage());
  }
}
