package org.cryows.planner.thermal.cartesian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.TissueCatalog;
import org.junit.jupiter.api.Test;

class ProbeCoreTest {

  @Test
  void model_generic_onlySensibleHeatBetweenBodyTemperatureAndDeepCold() {
    var generic = TissueCatalog.byName("generic");
    EnthalpyModel core = ProbeCore.model(generic);
    // From -40 C to 37 C: ice from -40 to -8 C, the mean capacity from -8 to -1 C, unfrozen above.
    double frozen = 998 * 1800;
    double unfrozen = 1000 * 3600;
    double expected = frozen * 32 + 0.5 * (frozen + unfrozen) * 7 + unfrozen * 38;
    assertEquals(expected, core.enthalpyJPerM3(37) - core.enthalpyJPerM3(-40), 1e-6 * expected);
    assertEquals(0, core.perfusionCoefficientWPerM3K());
    assertEquals(0, core.tissue().metabolicHeatWPerM3());
  }
}
