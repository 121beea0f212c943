package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.AlarmPriority;
import org.junit.jupiter.api.Test;

class SupplyPressureLowInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final SupplyPressureLowInterlock interlock = new SupplyPressureLowInterlock();

  @Test
  void check_belowLimitWithSupplyOpenLongEnough_trips() {
    c.supplyKPa = SupplyPressureLowInterlock.MIN_SUPPLY_KPA - 1;
    assertTrue(interlock.check(c.build()).isPresent());
    assertEquals(AlarmPriority.MEDIUM, interlock.spec().priority());
  }

  @Test
  void check_belowLimitWhileLineStillFilling_clear() {
    c.supplyKPa = 1_000;
    c.supplyValveCommandMs = c.nowMs - SupplyPressureLowInterlock.FILL_MS + 1;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_belowLimitWithSupplyClosed_clear() {
    c.supplyKPa = 0;
    c.supplyValveCommandedOpen = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_normalPressure_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
