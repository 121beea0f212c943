package org.cryows.planner.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class ProbeCatalogTest {

  @Test
  void all_consoleProbesOfEachGaugeForEachConsoleGas_andTheHandheldTip() {
    for (Gas gas : List.of(Gas.CO2, Gas.N2O)) {
      for (int gauge : new int[] {14, 16, 18}) {
        ProbeModel probe = ProbeCatalog.byId("console-" + gauge + "g-" + gas.name().toLowerCase());
        assertEquals(gas, probe.gas());
        assertEquals(gauge, probe.gauge().getAsInt());
      }
    }
    ProbeModel handheld = ProbeCatalog.byId("handheld-27g-8.5");
    assertEquals(Gas.N2O, handheld.gas());
    assertEquals(27, handheld.gauge().getAsInt());
    assertEquals(7, ProbeCatalog.all().size());
  }

  @Test
  void all_higherGauge_thinnerProbe() {
    double d14 = ProbeCatalog.byId("console-14g-co2").outerDiameterMm();
    double d16 = ProbeCatalog.byId("console-16g-co2").outerDiameterMm();
    double d18 = ProbeCatalog.byId("console-18g-co2").outerDiameterMm();
    // DOMAIN.md: consoles drive 14-18G probes, 2.1-1.2 mm.
    assertEquals(2.1, d14);
    assertEquals(1.2, d18);
    assertTrue(d14 > d16 && d16 > d18, d14 + " " + d16 + " " + d18);
    assertEquals(0.41, ProbeCatalog.byId("handheld-27g-8.5").outerDiameterMm());
  }

  @Test
  void byId_everyProbe_saysWhetherItIsFittedAndOnWhat() {
    for (ProbeModel probe : ProbeCatalog.all()) {
      switch (probe.provenance()) {
        case CoolingProvenance.Estimated estimated -> {
          assertFalse(probe.isFittedToMeasurement());
          assertTrue(estimated.basis().length() > 20, probe.id() + " explains its estimate");
        }
        case CoolingProvenance.Prescribed prescribed ->
            throw new AssertionError(probe.id() + " is a prescribed condition, not a probe");
        case CoolingProvenance.FittedToMeasurement fitted -> {
          assertTrue(probe.isFittedToMeasurement());
          assertFalse(fitted.source().isBlank());
        }
      }
      assertEquals(0, probe.activeSegmentStartMm());
      assertEquals(probe.activeLengthMm(), probe.activeSegmentEndMm());
    }
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
    assertTrue(error.getMessage().contains("console-14g-co2"), error.getMessage());
  }
}
