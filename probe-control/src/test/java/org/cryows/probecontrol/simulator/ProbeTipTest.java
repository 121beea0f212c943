package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.Gas;
import org.cryows.treatment.JouleThomsonTip;
import org.junit.jupiter.api.Test;

class ProbeTipTest {

  private static double coolFor(double sec, double ratio, double limitC) {
    ProbeTip tip = new ProbeTip(ProbeTip.TISSUE_C);
    for (int i = 0; i < sec * 200; i++) {
      tip.step(0.005, ratio, limitC);
    }
    return tip.tipC();
  }

  @Test
  void step_designFlow_reachesWithinFiveDegreesOfTheLimitInFifteenSeconds() {
    for (Gas gas : ConsoleCapabilities.STANDARD.gases()) {
      double ratio = ProbeTip.coolingRatio(1, Regulator.SET_KPA);
      double tipC = coolFor(15, ratio, gas.coldestTipC());
      assertTrue(tipC < gas.coldestTipC() + 5, gas + ": " + tipC);
      assertTrue(tipC > gas.coldestTipC(), gas + " must not pass its limit: " + tipC);
    }
  }

  @Test
  void step_designFlow_notYetColdAfterOneSecond() {
    double tipC = coolFor(1, ProbeTip.coolingRatio(1, Regulator.SET_KPA), -78.5);
    assertTrue(tipC > -50, "a real tip takes seconds to cool: " + tipC);
  }

  @Test
  void step_flowStops_tipWarmsTowardsBodyTemperature() {
    ProbeTip tip = new ProbeTip(-75);
    for (int i = 0; i < 60 * 200; i++) {
      tip.step(0.005, 0, -78.5);
    }
    double afterMinute = tip.tipC();
    assertTrue(afterMinute > -40 && afterMinute < 0, "after 60 s: " + afterMinute);
    for (int i = 0; i < 600 * 200; i++) {
      tip.step(0.005, 0, -78.5);
    }
    assertEquals(ProbeTip.TISSUE_C, tip.tipC(), 0.1);
  }

  @Test
  void coolingRatio_lowLinePressure_lessCooling() {
    double full = ProbeTip.coolingRatio(1, Regulator.SET_KPA);
    double low = ProbeTip.coolingRatio(0.45, Regulator.FAILED_LOW_KPA);
    assertEquals(JouleThomsonTip.DESIGN_COOLING_RATIO, full, 1e-9);
    assertTrue(low < full / 5, "" + low);
    assertEquals(0, ProbeTip.coolingRatio(1, 1000));
    assertEquals(0, ProbeTip.coolingRatio(0, Regulator.SET_KPA));
  }
}
