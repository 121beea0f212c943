package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class FootSwitchInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final FootSwitchInterlock interlock = new FootSwitchInterlock();

  @Test
  void check_releasedOnConsoleWhileFreezing_trips() {
    c.footSwitch = false;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("console"));
  }

  @Test
  void check_releasedOnWorkstationWhileFreezing_trips() {
    c.footSwitchActionPressed = false;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("workstation"));
  }

  @Test
  void check_releasedWhileThawing_clear() {
    c.state = ControllerState.THAWING;
    c.footSwitch = false;
    c.footSwitchActionPressed = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_heldWhileFreezing_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
