package org.cryows.planner.thermal;

import java.util.Objects;

/**
 * Thermal properties of one tissue in its unfrozen and frozen state, with where they come from.
 *
 * <p>Perfusion follows Pennes: the blood heat-exchange coefficient is {@code perfusionRatePerSec *
 * bloodDensityKgPerM3 * bloodSpecificHeatJPerKgK} in W/(m3 K), where the perfusion rate is the
 * volume of blood per volume of tissue per second.
 *
 * @param name the catalog name, lower case ({@code generic}, {@code muscle}, ...)
 * @param source where the numbers come from, cited so a reader can check them
 * @param latentHeatJPerM3 heat released when one cubic metre of unfrozen tissue freezes; zero for a
 *     material with no water to freeze (a probe's core in the 3-D model), which then cannot freeze
 *     at one temperature
 * @param alwaysSharpFront true for a pure substance (water) that freezes at one temperature
 */
public record TissueProperties(
    String name,
    String source,
    double conductivityUnfrozenWPerMK,
    double conductivityFrozenWPerMK,
    double densityUnfrozenKgPerM3,
    double densityFrozenKgPerM3,
    double specificHeatUnfrozenJPerKgK,
    double specificHeatFrozenJPerKgK,
    double latentHeatJPerM3,
    double perfusionRatePerSec,
    double bloodDensityKgPerM3,
    double bloodSpecificHeatJPerKgK,
    double metabolicHeatWPerM3,
    boolean alwaysSharpFront) {

  public TissueProperties {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (name.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("a tissue needs a name and a source");
    }
    requirePositive(name, "unfrozen conductivity", conductivityUnfrozenWPerMK);
    requirePositive(name, "frozen conductivity", conductivityFrozenWPerMK);
    requirePositive(name, "unfrozen density", densityUnfrozenKgPerM3);
    requirePositive(name, "frozen density", densityFrozenKgPerM3);
    requirePositive(name, "unfrozen specific heat", specificHeatUnfrozenJPerKgK);
    requirePositive(name, "frozen specific heat", specificHeatFrozenJPerKgK);
    if (alwaysSharpFront) {
      requirePositive(name, "latent heat of a sharp front", latentHeatJPerM3);
    } else {
      requireNonNegative(name, "latent heat", latentHeatJPerM3);
    }
    requireNonNegative(name, "perfusion rate", perfusionRatePerSec);
    requirePositive(name, "blood density", bloodDensityKgPerM3);
    requirePositive(name, "blood specific heat", bloodSpecificHeatJPerKgK);
    requireNonNegative(name, "metabolic heat", metabolicHeatWPerM3);
  }

  /** rho * c of unfrozen tissue, J/(m3 K). */
  public double heatCapacityUnfrozenJPerM3K() {
    return densityUnfrozenKgPerM3 * specificHeatUnfrozenJPerKgK;
  }

  /** rho * c of frozen tissue, J/(m3 K). */
  public double heatCapacityFrozenJPerM3K() {
    return densityFrozenKgPerM3 * specificHeatFrozenJPerKgK;
  }

  public double diffusivityUnfrozenM2PerSec() {
    return conductivityUnfrozenWPerMK / heatCapacityUnfrozenJPerM3K();
  }

  public double diffusivityFrozenM2PerSec() {
    return conductivityFrozenWPerMK / heatCapacityFrozenJPerM3K();
  }

  /** Pennes' blood heat-exchange coefficient w = omega * rho_b * c_b, W/(m3 K). */
  public double perfusionCoefficientWPerM3K() {
    return perfusionRatePerSec * bloodDensityKgPerM3 * bloodSpecificHeatJPerKgK;
  }

  /** The same tissue without blood flow or metabolism, as the exact solutions assume. */
  public TissueProperties withoutBioheat() {
    return new TissueProperties(
        name,
        source,
        conductivityUnfrozenWPerMK,
        conductivityFrozenWPerMK,
        densityUnfrozenKgPerM3,
        densityFrozenKgPerM3,
        specificHeatUnfrozenJPerKgK,
        specificHeatFrozenJPerKgK,
        latentHeatJPerM3,
        0,
        bloodDensityKgPerM3,
        bloodSpecificHeatJPerKgK,
        0,
        alwaysSharpFront);
  }

  private static void requirePositive(String tissue, String what, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(tissue + ": " + what + " must be positive, got " + value);
    }
  }

  private static void requireNonNegative(String tissue, String what, double value) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          tissue + ": " + what + " must be zero or positive, got " + value);
    }
  }
}
