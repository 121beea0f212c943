package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EStopInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final EStopInterlock interlock = new EStopInterlock();

  @Test
  void check_buttonPressed_tripsIntoEmergencyStop() {
    c.estop = true;
    assertTrue(interlock.check(c.build()).isPresent());
    assertTrue(interlock.spec().emergencyStop());
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
    assertEquals(100, interlock.spec().deadlineMs());
  }

  @Test
  void check_buttonReleased_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_noSampleYet_clear() {
    c.noSample = true;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
