package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnthalpyModelTest {

  private final TissueProperties generic = TissueCatalog.byName("generic");

  @Test
  void temperatureC_ofEnthalpyOfTemperature_returnsTheTemperatureInEveryPhase() {
    for (EnthalpyModel model :
        new EnthalpyModel[] {EnthalpyModel.of(generic, false), EnthalpyModel.of(generic, true)}) {
      for (double temperature = -100; temperature <= 40; temperature += 0.25) {
        double recovered = model.temperatureC(model.enthalpyJPerM3(temperature));
        assertEquals(temperature, recovered, 1e-9, "at " + temperature + " C");
      }
    }
  }

  @Test
  void enthalpyJPerM3_acrossTheMushyZone_absorbsTheLatentHeatPlusSensibleHeat() {
    EnthalpyModel model = EnthalpyModel.of(generic, false);
    double mixedCapacity =
        0.5 * (generic.heatCapacityFrozenJPerM3K() + generic.heatCapacityUnfrozenJPerM3K());
    double change = model.enthalpyJPerM3(-1) - model.enthalpyJPerM3(-8);
    assertEquals(generic.latentHeatJPerM3() + 7 * mixedCapacity, change, 1e-3);
  }

  @Test
  void liquidFraction_mushyZone_risesLinearlyFromMinus8ToMinus1() {
    EnthalpyModel model = EnthalpyModel.of(generic, false);
    assertEquals(0, model.liquidFraction(model.enthalpyJPerM3(-8)), 1e-12);
    assertEquals(0.5, model.liquidFraction(model.enthalpyJPerM3(-4.5)), 1e-12);
    assertEquals(1, model.liquidFraction(model.enthalpyJPerM3(-1)), 1e-12);
    assertEquals(0, model.liquidFraction(model.enthalpyJPerM3(-30)));
    assertEquals(1, model.liquidFraction(model.enthalpyJPerM3(10)));
  }

  @Test
  void temperatureC_sharpFrontPlateau_staysAtZeroWhileLatentHeatIsAbsorbed() {
    EnthalpyModel model = EnthalpyModel.of(generic, true);
    for (double share = 0; share <= 1; share += 0.125) {
      double enthalpy = share * generic.latentHeatJPerM3();
      assertEquals(0, model.temperatureC(enthalpy), 1e-12);
      assertEquals(share, model.liquidFraction(enthalpy), 1e-12);
    }
  }

  @Test
  void bioheatSourceWPerM3_inIce_isZeroAndInWarmTissueFollowsPennes() {
    EnthalpyModel model = EnthalpyModel.of(generic, false);
    assertEquals(0, model.bioheatSourceWPerM3(model.enthalpyJPerM3(-20), 37));
    // Unfrozen at 30 C: w (T_a - T) + q_m = 1800 * 7 + 4200.
    assertEquals(16800, model.bioheatSourceWPerM3(model.enthalpyJPerM3(30), 37), 1e-6);
    // Half frozen (-4.5 C): half of the perfusion and metabolic heat.
    assertEquals(
        0.5 * (1800 * 41.5 + 4200),
        model.bioheatSourceWPerM3(model.enthalpyJPerM3(-4.5), 37),
        1e-6);
  }

  @Test
  void halfCellConductivityWPerMK_onSharpPlateau_isIceTowardsColdAndLiquidTowardsWarm() {
    EnthalpyModel model = EnthalpyModel.of(generic, true);
    double halfFrozen = 0.5 * generic.latentHeatJPerM3();
    assertEquals(2.0, model.halfCellConductivityWPerMK(halfFrozen, -10));
    assertEquals(0.5, model.halfCellConductivityWPerMK(halfFrozen, 10));
    assertEquals(1.25, model.conductivityWPerMK(halfFrozen), 1e-12);
  }

  @Test
  void constructor_waterWithMushyZone_isRejected() {
    TissueProperties water = TissueCatalog.byName("water");
    assertThrows(
        IllegalArgumentException.class,
        () -> new EnthalpyModel(water, PhaseChange.TISSUE_MUSHY_ZONE));
  }
}
