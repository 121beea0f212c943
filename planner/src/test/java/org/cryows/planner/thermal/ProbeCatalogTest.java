package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class ProbeCatalogTest {

  @Test
  void byId_everyProbe_saysWhetherItIsFittedAndOnWhat() {
    for (String id : ProbeCatalog.ids()) {
      ProbeModel probe = ProbeCatalog.byId(id);
      switch (probe.provenance()) {
        case CoolingProvenance.Estimated estimated -> {
          assertFalse(probe.isFittedToMeasurement());
          assertTrue(estimated.basis().length() > 20, id + " explains its estimate");
        }
        case CoolingProvenance.FittedToMeasurement fitted -> {
          assertTrue(probe.isFittedToMeasurement());
          assertFalse(fitted.source().isBlank());
        }
      }
    }
  }

  @Test
  void byId_handheld27g_hasTheNeedleDiameterFromDomain() {
    ProbeModel probe = ProbeCatalog.byId("handheld-27g-8.5");
    assertEquals(0.41, probe.outerDiameterMm());
    assertEquals(Gas.N2O, probe.gas());
  }

  @Test
  void wattsPerMeter_lowSupplyPressure_extractsLessHeat() {
    var cooling = new ProbeCooling.LineHeatExtraction(40, 5, 5516);
    assertEquals(40, cooling.wattsPerMeter(1e6, 5516), 1e-9);
    assertEquals(20, cooling.wattsPerMeter(1e6, 2758), 1e-9);
    assertEquals(40 * (1 - Math.exp(-1)), cooling.wattsPerMeter(5, 5516), 1e-9);
  }

  @Test
  void byId_unknownProbe_isRejectedNamingTheKnownOnes() {
    var error = assertThrows(InvalidThermalInputException.class, () -> ProbeCatalog.byId("x"));
    assertTrue(error.getMessage().contains("console-14g-n2o"));
  }
}
