package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class FailureToFreezeInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final FailureToFreezeInterlock interlock = new FailureToFreezeInterlock();

  @Test
  void check_tipNeverBelowMinus20Within20s_trips() {
    c.phaseStartMs = 0;
    c.tipC = 10;
    c.nowMs = FailureToFreezeInterlock.WINDOW_MS - 1;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.nowMs = FailureToFreezeInterlock.WINDOW_MS;
    assertTrue(interlock.check(c.build()).isPresent());
    assertEquals(20_000, interlock.spec().deadlineMs());
  }

  @Test
  void check_tipFrozeThenWarmedFor20s_trips() {
    c.phaseStartMs = 0;
    c.nowMs = 5_000;
    c.tipC = -40;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.tipC = -5; // blocked mid-freeze: the tip warms
    c.nowMs = 24_999;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.nowMs = 25_000;
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_frozenTip_clear() {
    c.phaseStartMs = 0;
    c.tipC = -60;
    for (long t = 0; t <= 60_000; t += 1_000) {
      c.nowMs = t;
      assertTrue(interlock.check(c.build()).isEmpty());
    }
  }

  @Test
  void check_warmWhileThawing_clear() {
    c.state = ControllerState.THAWING;
    c.phaseStartMs = 0;
    c.tipC = 20;
    c.nowMs = 100_000;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
