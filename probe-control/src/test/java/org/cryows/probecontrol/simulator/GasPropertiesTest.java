package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class GasPropertiesTest {

  // Reference saturation pressures (absolute, kPa) from the Span-Wagner equations via CoolProp.

  @Test
  void saturationKPaAbs_co2AtAnchorsAndBeyond_matchesReferenceWithinOnePercent() {
    assertEquals(5729.1, GasProperties.saturationKPaAbs(Gas.CO2, 20), 0.1);
    assertEquals(3485.1, GasProperties.saturationKPaAbs(Gas.CO2, 0), 0.1);
    assertEquals(1969.6, GasProperties.saturationKPaAbs(Gas.CO2, -20), 1969.6 * 0.01);
    assertEquals(7213.7, GasProperties.saturationKPaAbs(Gas.CO2, 30), 7213.7 * 0.01);
  }

  @Test
  void saturationKPaAbs_n2oAtAnchorsAndBeyond_matchesReferenceWithinTwoPercent() {
    assertEquals(5052.5, GasProperties.saturationKPaAbs(Gas.N2O, 20), 0.1);
    assertEquals(1797.1, GasProperties.saturationKPaAbs(Gas.N2O, -20), 1797.1 * 0.02);
    assertEquals(6307.5, GasProperties.saturationKPaAbs(Gas.N2O, 30), 6307.5 * 0.02);
  }

  @Test
  void saturatedVapourDensity_withinFifteenPercentOfReference() {
    assertEquals(194.2, GasProperties.saturatedVapourDensityKgM3(Gas.CO2, 20), 0.1);
    assertEquals(51.7, GasProperties.saturatedVapourDensityKgM3(Gas.CO2, -20), 51.7 * 0.15);
    assertEquals(46.7, GasProperties.saturatedVapourDensityKgM3(Gas.N2O, -20), 46.7 * 0.15);
  }
}
