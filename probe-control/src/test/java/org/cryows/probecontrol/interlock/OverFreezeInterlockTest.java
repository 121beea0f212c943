package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class OverFreezeInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final OverFreezeInterlock interlock = new OverFreezeInterlock();

  @Test
  void check_colderThanSetpointByMoreThanMargin_trips() {
    c.tipC = -60 - OverFreezeInterlock.MARGIN_BELOW_SETPOINT_C - 0.1;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("setpoint"));
  }

  @Test
  void check_colderThanSetpointWithinMargin_clear() {
    c.tipC = -60 - OverFreezeInterlock.MARGIN_BELOW_SETPOINT_C + 0.1;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_setpointMarginOutsideFreezing_clear() {
    c.state = ControllerState.THAWING;
    c.tipC = -75;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_colderThanTheGasCanReachInAnyState_trips() {
    c.state = ControllerState.READY;
    c.tipC = -78.5 - OverFreezeInterlock.MARGIN_BELOW_GAS_LIMIT_C - 0.1;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("CO2"));
  }

  @Test
  void check_unreadableTip_leftToTheSensorInterlock() {
    c.tipC = Double.NaN;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
