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

  /** Gas passing the tip (the builder's default: both valves open, 4400 kPa, return 90 kPa). */
  private void feed(double... readingsC) {
    for (double reading : readingsC) {
      c.after(20).tipC = reading;
      interlock.check(c.build());
    }
  }

  @Test
  void check_shortReadingFlatWhileGasFlows_tripsTwoSamplesAfterItsFirst() {
    c.tipC = 27;
    interlock.check(c.build());
    c.after(20).tipC = 25; // the short: a 2 C step, 100 C/s, not implausibly fast
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).orElseThrow().contains("not responding"));
  }

  @Test
  void check_tipCoolingAsGasFlows_clear() {
    c.tipC = 30;
    interlock.check(c.build());
    for (int i = 0; i < 100; i++) {
      c.after(20).tipC -= 0.3; // 15 C/s
      assertTrue(interlock.check(c.build()).isEmpty(), "at " + c.tipC + " C");
    }
  }

  @Test
  void check_flatReadingWithTheProbeValveClosed_clear() {
    c.probeSensedOpen = false;
    c.tipC = 25;
    feed(25, 25, 25, 25, 25);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_flatWarmReadingWithNoReturnFlow_leftToFailureToFreeze() {
    c.returnKPa = 2; // a blocked probe: the valves are open but no gas passes
    c.tipC = 37;
    feed(37, 37, 37, 37, 37);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_steadyReadingNearTheGasLimit_clear() {
    c.tipC = -76;
    feed(-76, -76, -76, -76, -76);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_flatReadingAcrossALostSample_stillTrips() {
    c.tipC = 25;
    interlock.check(c.build());
    c.after(40); // one sample lost
    assertTrue(interlock.check(c.build()).orElseThrow().contains("not responding"));
  }
}
