package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TipSensorInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final TipSensorInterlock interlock = new TipSensorInterlock();

  @Test
  void check_open_trips() {
    c.tipC = Double.NaN;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("open"));
  }

  @Test
  void check_upperRail_tripsAsOpen() {
    c.tipC = TipSensorInterlock.HIGHEST_PLAUSIBLE_C + 1;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("open"));
  }

  @Test
  void check_lowerRail_tripsAsShort() {
    c.tipC = TipSensorInterlock.LOWEST_PLAUSIBLE_C - 1;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("shorted"));
  }

  @Test
  void check_jumpFasterThanATipCan_trips() {
    c.tipC = -60;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20).tipC = -60 + 3; // 150 C/s
    assertTrue(interlock.check(c.build()).orElseThrow().contains("implausibly fast"));
  }

  @Test
  void check_fastButPlausibleCooling_clear() {
    c.tipC = 30;
    interlock.check(c.build());
    c.after(20).tipC = 29; // 50 C/s
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_rateVerdictHeldUntilTheNextSample() {
    c.tipC = -60;
    interlock.check(c.build());
    c.after(20).tipC = 20;
    assertTrue(interlock.check(c.build()).isPresent());
    c.newSample = false;
    c.nowMs += 10;
    assertTrue(interlock.check(c.build()).isPresent(), "a control-period check sees no new data");
    c.after(20).tipC = 20.5;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
