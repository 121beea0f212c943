package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProbeIdentityInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final ProbeIdentityInterlock interlock = new ProbeIdentityInterlock();

  @Test
  void check_noIdentityAtStart_trips() {
    c.startAttempt = true;
    c.identity = null;
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_noProbeAtStart_trips() {
    c.startAttempt = true;
    c.identity = new org.cryows.probecontrol.console.ConsoleIdentity("SN", "1", "", 0, 10);
    assertTrue(interlock.check(c.build()).orElseThrow().contains("no probe"));
  }

  @Test
  void check_probeUsedUpAtStart_trips() {
    c.startAttempt = true;
    c.identity = new org.cryows.probecontrol.console.ConsoleIdentity("SN", "1", "P", 10, 10);
    assertTrue(interlock.check(c.build()).orElseThrow().contains("10 of 10"));
  }

  @Test
  void check_probeUsedUpOutsideStart_clear() {
    c.identity = new org.cryows.probecontrol.console.ConsoleIdentity("SN", "1", "P", 10, 10);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_usableProbeAtStart_clear() {
    c.startAttempt = true;
    assertFalse(interlock.check(c.build()).isPresent());
  }
}
