package org.cryows.planner.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TissueCatalogTest {

  @Test
  void names_always_listAtLeastTheTissuesThePlannerNeeds() {
    assertTrue(
        TissueCatalog.names()
            .containsAll(
                java.util.List.of("generic", "muscle", "fat", "skin", "bone", "blood", "water")));
  }

  @Test
  void byName_generic_matchesMicromachines2025Table1() {
    TissueProperties generic = TissueCatalog.byName("generic");
    assertEquals(0.5, generic.conductivityUnfrozenWPerMK());
    assertEquals(2.0, generic.conductivityFrozenWPerMK());
    assertEquals(1000, generic.densityUnfrozenKgPerM3());
    assertEquals(998, generic.densityFrozenKgPerM3());
    assertEquals(3600, generic.specificHeatUnfrozenJPerKgK());
    assertEquals(1800, generic.specificHeatFrozenJPerKgK());
    assertEquals(250e6, generic.latentHeatJPerM3());
    // DOMAIN.md: w about 1800 W/(m3 K) from 0.0005 1/s and blood c 3600 J/(kg K).
    assertEquals(1800, generic.perfusionCoefficientWPerM3K(), 1e-9);
    assertEquals(4200, generic.metabolicHeatWPerM3());
    // DOMAIN.md: frozen diffusivity about 1.11e-6 m2/s.
    assertEquals(1.11e-6, generic.diffusivityFrozenM2PerSec(), 0.01e-6);
  }

  @Test
  void byName_water_isSharpAndUnperfused() {
    TissueProperties water = TissueCatalog.byName("Water");
    assertEquals(0.60, water.conductivityUnfrozenWPerMK());
    assertEquals(2.22, water.conductivityFrozenWPerMK());
    assertEquals(917, water.densityFrozenKgPerM3());
    assertEquals(334e6, water.latentHeatJPerM3());
    assertEquals(0, water.perfusionCoefficientWPerM3K());
    assertTrue(water.alwaysSharpFront());
    assertTrue(PhaseChange.forTissue(water, false).isSharp());
  }

  @Test
  void byName_bone_usesTheItisValuesQuotedInDomain() {
    TissueProperties bone = TissueCatalog.byName("bone");
    assertEquals(0.40, bone.conductivityUnfrozenWPerMK());
    assertEquals(1990, bone.densityUnfrozenKgPerM3());
    assertEquals(1300, bone.specificHeatUnfrozenJPerKgK());
  }

  @Test
  void byName_everyTissue_freezesToAStifferColderState() {
    for (String name : TissueCatalog.names()) {
      TissueProperties tissue = TissueCatalog.byName(name);
      assertTrue(
          tissue.conductivityFrozenWPerMK() > tissue.conductivityUnfrozenWPerMK(),
          name + ": ice conducts better than unfrozen tissue");
      assertTrue(
          tissue.specificHeatFrozenJPerKgK() < tissue.specificHeatUnfrozenJPerKgK(),
          name + ": ice holds less heat per kelvin");
      assertTrue(tissue.source().length() > 10, name + " names its source");
    }
  }

  @Test
  void byName_unknownTissue_isRejectedNamingTheKnownOnes() {
    var error =
        assertThrows(InvalidThermalInputException.class, () -> TissueCatalog.byName("liver"));
    assertTrue(error.getMessage().contains("liver"));
    assertTrue(error.getMessage().contains("generic"));
  }

  @Test
  void fromWaterContent_genericWaterFraction_reproducesGenericLatentHeatWithin1Percent() {
    TissueProperties estimate =
        FrozenStateEstimate.fromWaterContent(
            "test", "test", 0.75, 0.5, 1000, 3600, 0, 1000, 3600, 0);
    assertEquals(250e6, estimate.latentHeatJPerM3(), 0.01 * 250e6);
  }
}
