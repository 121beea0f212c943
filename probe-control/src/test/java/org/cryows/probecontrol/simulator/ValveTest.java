package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValveTest {

  @Test
  void step_opening_travelsLinearlyOverTravelTime() {
    Valve valve = new Valve("probe valve", 20);
    valve.command(true);
    valve.step(5, false);
    assertEquals(0.25, valve.openFraction(), 1e-12);
    valve.step(15, false);
    assertEquals(1, valve.openFraction(), 1e-12);
    valve.step(100, false);
    assertEquals(1, valve.openFraction(), 1e-12);
  }

  @Test
  void sensedOpen_partlyClosed_readsOpenUntilFullyClosed() {
    Valve valve = new Valve("probe valve", 20);
    valve.command(true);
    valve.step(20, false);
    valve.command(false);
    valve.step(19, false);
    assertTrue(valve.sensedOpen());
    valve.step(1, false);
    assertFalse(valve.sensedOpen());
    assertEquals(0, valve.openFraction());
  }

  @Test
  void step_stuckOpen_opensWhateverCommanded() {
    Valve valve = new Valve("probe valve", 20);
    valve.step(20, true);
    assertFalse(valve.commandedOpen());
    assertTrue(valve.sensedOpen());
    assertEquals(1, valve.openFraction(), 1e-12);
  }

  @Test
  void msSinceCommandChange_resetsOnlyOnAChange() {
    Valve valve = new Valve("supply shut-off valve", 40);
    valve.command(true);
    valve.step(30, false);
    valve.command(true);
    assertEquals(30, valve.msSinceCommandChange());
    valve.command(false);
    assertEquals(0, valve.msSinceCommandChange());
  }

  @Test
  void constructor_zeroTravel_rejected() {
    assertThrows(IllegalArgumentException.class, () -> new Valve("x", 0));
  }
}
