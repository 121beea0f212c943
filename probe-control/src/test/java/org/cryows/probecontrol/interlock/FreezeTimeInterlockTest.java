package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class FreezeTimeInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final FreezeTimeInterlock interlock = new FreezeTimeInterlock();

  @Test
  void check_freezeOverrunBeyondGrace_trips() {
    c.phaseStartMs = 0;
    c.nowMs = 120_000 + FreezeTimeInterlock.GRACE_MS + 1;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("120000 ms"));
  }

  @Test
  void check_freezeWithinProtocolAndGrace_clear() {
    c.phaseStartMs = 0;
    c.nowMs = 120_000 + FreezeTimeInterlock.GRACE_MS;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_thawingLongAfter_clear() {
    c.state = ControllerState.THAWING;
    c.phaseStartMs = 0;
    c.nowMs = 500_000;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_freezingWithoutAProtocol_trips() {
    c.protocol = null;
    assertTrue(interlock.check(c.build()).isPresent());
  }
}
