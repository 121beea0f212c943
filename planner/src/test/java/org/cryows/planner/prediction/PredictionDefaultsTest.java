package org.cryows.planner.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.junit.jupiter.api.Test;

/** The domain defaults a prediction takes when the request does not say. */
class PredictionDefaultsTest {

  @Test
  void axisymmetricSpacing_theAccuracyRuleUnlessTheProbeIsThinner() {
    // 14G, radius 1.05 mm: the benchmark's 0.15 mm.
    assertEquals(
        0.15, PredictionDefaults.axisymmetricSpacingMm(ProbeCatalog.byId("console-14g-co2")));
    // 27G, radius 0.205 mm: half its radius.
    assertEquals(
        0.1025,
        PredictionDefaults.axisymmetricSpacingMm(ProbeCatalog.byId("handheld-27g-8.5")),
        1e-12);
  }

  @Test
  void threeDimensionalSide_fiftyMillimetresOrTheProbesPlusFifteenEachWay() {
    assertEquals(50, PredictionDefaults.threeDimensionalSideMm(0));
    assertEquals(50, PredictionDefaults.threeDimensionalSideMm(20));
    assertEquals(70, PredictionDefaults.threeDimensionalSideMm(40));
  }

  @Test
  void outputTimes_byDefaultTheEndOfEachFreezeAndOfTheProtocol() {
    var smgn = NerveCatalog.byId("SMGN").protocol();
    assertEquals(List.of(150.0, 360.0, 420.0), Outputs.defaults().timesFor(smgn));
    var intercostal = NerveCatalog.byId("ICN-T6-L").protocol();
    assertEquals(List.of(120.0), Outputs.defaults().timesFor(intercostal));
    assertEquals(List.of(10.0), Outputs.defaults().withTimes(List.of(10.0)).timesFor(smgn));
  }

  @Test
  void modelOptions_byDefaultTheConsolesRegulatedPressureWithBloodFlow() {
    var options = ModelOptions.defaults();
    assertEquals(4480, options.supplyPressureKPa());
    assertEquals(ModelPath.AUTO, options.path());
    assertEquals(true, options.bioheat());
    assertEquals(false, options.exVivoAt(20).bioheat());
  }
}
