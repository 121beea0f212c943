package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValveStuckInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final ValveStuckInterlock interlock = new ValveStuckInterlock();

  @Test
  void check_probeValveStaysOpenAfterClose_tripsAfterTravelTime() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = c.nowMs;
    assertTrue(interlock.check(c.build()).isEmpty(), "still moving");
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20); // 60 ms >= TRAVEL_MS
    assertTrue(interlock.check(c.build()).orElseThrow().contains("probe valve"));
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
  }

  @Test
  void check_probeValveClosesWithinTravelTime_clear() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = c.nowMs;
    interlock.check(c.build());
    c.after(20).probeSensedOpen = false;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(60);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_valveOpensByItselfWhileClosedLongAgo_tripsTravelTimeAfterFirstSighting() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = 0;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(20).probeSensedOpen = true;
    assertTrue(interlock.check(c.build()).isEmpty(), "first sighting");
    c.after(40);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_supplyValveOpenAgainstCommand_trips() {
    c.supplyValveCommandedOpen = false;
    c.supplyValveCommandMs = c.nowMs;
    c.probeValveCommandedOpen = false;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(60);
    assertTrue(interlock.check(c.build()).orElseThrow().contains("supply"));
  }

  @Test
  void check_openAsCommanded_clear() {
    interlock.check(c.build());
    c.after(200);
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
