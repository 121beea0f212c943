package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExhaustBlockedInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final ExhaustBlockedInterlock interlock = new ExhaustBlockedInterlock();

  @Test
  void check_returnPressureHigh_tripsAndVents() {
    c.returnKPa = ExhaustBlockedInterlock.MAX_RETURN_KPA + 1;
    assertTrue(interlock.check(c.build()).isPresent());
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
  }

  @Test
  void check_normalReturn_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_unreadable_trips() {
    c.returnKPa = Double.NaN;
    assertTrue(interlock.check(c.build()).isPresent());
  }
}
