package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class SupplyPressureHighInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final SupplyPressureHighInterlock interlock = new SupplyPressureHighInterlock();

  @Test
  void check_aboveLimit_tripsAndVents() {
    c.supplyKPa = SupplyPressureHighInterlock.MAX_SUPPLY_KPA + 1;
    assertTrue(interlock.check(c.build()).isPresent());
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
  }

  @Test
  void check_atLimit_clear() {
    c.supplyKPa = SupplyPressureHighInterlock.MAX_SUPPLY_KPA;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_unreadable_trips() {
    c.supplyKPa = Double.NaN;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("unreadable"));
  }

  @Test
  void check_anyStateEvenIdle_trips() {
    c.state = ControllerState.READY;
    c.supplyKPa = 7_000;
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_regulatorAtItsSetPointOrFlowing_clear() {
    for (double kPa : new double[] {4_480, 4_394}) {
      c.supplyKPa = kPa;
      assertTrue(interlock.check(c.build()).isEmpty(), kPa + " kPa");
    }
  }

  @Test
  void check_failedOpenRegulatorBelowTheConsolesOwnTrip_trips() {
    // Between the controller's limit and the console's 4830 kPa trip: only this layer acts.
    c.supplyKPa = 4_800;
    assertTrue(interlock.check(c.build()).isPresent());
    assertTrue(SupplyPressureHighInterlock.MAX_SUPPLY_KPA < 4_830);
  }
}
