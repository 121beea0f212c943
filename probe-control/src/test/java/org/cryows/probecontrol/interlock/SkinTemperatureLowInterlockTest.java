package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.AlarmPriority;
import org.junit.jupiter.api.Test;

class SkinTemperatureLowInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final SkinTemperatureLowInterlock interlock = new SkinTemperatureLowInterlock();

  @Test
  void check_belowLimit_trips() {
    c.skinC = SkinTemperatureLowInterlock.MIN_SKIN_C - 0.1;
    assertTrue(interlock.check(c.build()).isPresent());
    assertEquals(AlarmPriority.HIGH, interlock.spec().priority());
  }

  @Test
  void check_unreadable_trips() {
    c.skinC = Double.NaN;
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_warmSkin_clear() {
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
