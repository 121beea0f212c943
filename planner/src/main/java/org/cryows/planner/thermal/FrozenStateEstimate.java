package org.cryows.planner.thermal;

/**
 * Estimates the frozen-state properties of a tissue from its unfrozen properties and its water mass
 * fraction, for tissues whose frozen properties were never measured (the IT'IS database lists
 * unfrozen values only). The rule treats the tissue's water as the only part that changes phase:
 *
 * <ul>
 *   <li>latent heat = water fraction * unfrozen density * 333.6 kJ/kg (latent heat of fusion of
 *       ice, CRC Handbook of Chemistry and Physics);
 *   <li>specific heat drops by water fraction * (4180 - 2090) J/(kg K), water replaced by ice;
 *   <li>conductivity rises by water fraction * (2.22 - 0.60) W/(m K), water replaced by ice;
 *   <li>density is kept: the few-percent expansion of ice is below the spread of the data.
 * </ul>
 *
 * For generic tissue (water fraction 0.75) the rule gives 250 MJ/m3, 2033 J/(kg K) and 1.7 W/(m K)
 * against the published 250 MJ/m3, 1800 J/(kg K) and 2.0 W/(m K): an estimate, good to about 20 %.
 */
public final class FrozenStateEstimate {

  static final double LATENT_HEAT_OF_ICE_J_PER_KG = 333.6e3;
  static final double SPECIFIC_HEAT_WATER_J_PER_KG_K = 4180;
  static final double SPECIFIC_HEAT_ICE_J_PER_KG_K = 2090;
  static final double CONDUCTIVITY_WATER_W_PER_M_K = 0.60;
  static final double CONDUCTIVITY_ICE_W_PER_M_K = 2.22;

  private FrozenStateEstimate() {}

  /** Unfrozen tissue values in, the full property set out. */
  public static TissueProperties fromWaterContent(
      String name,
      String source,
      double waterMassFraction,
      double conductivityWPerMK,
      double densityKgPerM3,
      double specificHeatJPerKgK,
      double perfusionRatePerSec,
      double bloodDensityKgPerM3,
      double bloodSpecificHeatJPerKgK,
      double metabolicHeatWPerM3) {
    if (!(waterMassFraction > 0 && waterMassFraction <= 1)) {
      throw new IllegalArgumentException(
          name + ": water mass fraction must be in (0, 1], got " + waterMassFraction);
    }
    double latentHeatJPerM3 = waterMassFraction * densityKgPerM3 * LATENT_HEAT_OF_ICE_J_PER_KG;
    double frozenSpecificHeat =
        specificHeatJPerKgK
            - waterMassFraction * (SPECIFIC_HEAT_WATER_J_PER_KG_K - SPECIFIC_HEAT_ICE_J_PER_KG_K);
    double frozenConductivity =
        conductivityWPerMK
            + waterMassFraction * (CONDUCTIVITY_ICE_W_PER_M_K - CONDUCTIVITY_WATER_W_PER_M_K);
    return new TissueProperties(
        name,
        source
            + "; frozen state estimated from water mass fraction "
            + waterMassFraction
            + " (FrozenStateEstimate)",
        conductivityWPerMK,
        frozenConductivity,
        densityKgPerM3,
        densityKgPerM3,
        specificHeatJPerKgK,
        frozenSpecificHeat,
        latentHeatJPerM3,
        perfusionRatePerSec,
        bloodDensityKgPerM3,
        bloodSpecificHeatJPerKgK,
        metabolicHeatWPerM3,
        false);
  }

  /** IT'IS lists perfusion as ml of blood per minute per kg of tissue; Pennes wants 1/s. */
  public static double perfusionRatePerSec(double mlPerMinPerKg, double tissueDensityKgPerM3) {
    return mlPerMinPerKg * 1e-6 / 60.0 * tissueDensityKgPerM3;
  }
}
