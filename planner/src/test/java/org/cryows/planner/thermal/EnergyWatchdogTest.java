package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnergyWatchdogTest {

  @Test
  void check_booksThatBalance_returnTheBalance() {
    var watchdog = new EnergyWatchdog();
    watchdog.addSinkHeat(-100);
    watchdog.addBioheat(10);
    EnergyBalance balance = watchdog.check(-90, 90, 1);
    assertEquals(-90, balance.suppliedHeatJ());
    assertEquals(0, balance.relativeImbalance());
  }

  @Test
  void check_heatFromNowhere_failsLoudly() {
    var watchdog = new EnergyWatchdog();
    watchdog.addSinkHeat(-100);
    var failure = assertThrows(ThermalModelFailure.class, () -> watchdog.check(-99, 100, 2.5));
    assertTrue(failure.getMessage().contains("energy balance broken at t = 2.5"));
  }

  @Test
  void check_notANumber_failsLoudly() {
    var watchdog = new EnergyWatchdog();
    var failure = assertThrows(ThermalModelFailure.class, () -> watchdog.check(Double.NaN, 0, 3));
    assertTrue(failure.getMessage().contains("non-finite"));
  }
}
