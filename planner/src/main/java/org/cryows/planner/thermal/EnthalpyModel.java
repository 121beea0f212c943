package org.cryows.planner.thermal;

import java.util.Objects;

/**
 * Volumetric enthalpy of a tissue as a function of temperature, and back. Solving for enthalpy and
 * recovering temperature from it conserves latent heat exactly: a cell on the phase-change plateau
 * keeps absorbing heat at constant temperature until its enthalpy has crossed the latent heat.
 *
 * <p>Enthalpy H (J/m3) is measured from fully frozen tissue at the solidus, so H &lt; 0 is cold
 * ice, 0 &le; H &le; H_liquidus the phase change, and H above it warm tissue:
 *
 * <pre>
 *   T &le; Ts:       H = C_s (T - Ts)
 *   Ts &lt; T &lt; Tl:  H = C_m (T - Ts) + L (T - Ts) / (Tl - Ts),   C_m = (C_s + C_l) / 2
 *   T &ge; Tl:       H = C_m (Tl - Ts) + L + C_l (T - Tl)
 * </pre>
 *
 * with C = rho c of the phase. The liquid fraction is linear in temperature between solidus and
 * liquidus and, on a sharp front (Ts = Tl), equal to the share of the latent heat absorbed; in both
 * cases f_l = H / H_liquidus clamped to [0, 1]. Conductivity mixes linearly with the liquid
 * fraction; perfusion and metabolic heat scale with it, so they are off in ice.
 */
public final class EnthalpyModel {

  private final TissueProperties tissue;
  private final PhaseChange phaseChange;
  private final double solidusC;
  private final double liquidusC;
  private final double frozenHeatCapacity;
  private final double unfrozenHeatCapacity;
  private final double mushyHeatCapacity;
  private final double liquidusEnthalpy;
  private final double frozenConductivity;
  private final double unfrozenConductivity;
  private final double perfusionCoefficient;
  private final double metabolicHeat;

  public EnthalpyModel(TissueProperties tissue, PhaseChange phaseChange) {
    this.tissue = Objects.requireNonNull(tissue, "tissue");
    this.phaseChange = Objects.requireNonNull(phaseChange, "phaseChange");
    if (tissue.alwaysSharpFront() && !phaseChange.isSharp()) {
      throw new IllegalArgumentException(tissue.name() + " freezes at one temperature only");
    }
    if (phaseChange.isSharp() && !(tissue.latentHeatJPerM3() > 0)) {
      // A sharp plateau of zero width would leave T(H) undefined at H = 0.
      throw new IllegalArgumentException(tissue.name() + " has no latent heat for a sharp front");
    }
    solidusC = phaseChange.solidusC();
    liquidusC = phaseChange.liquidusC();
    frozenHeatCapacity = tissue.heatCapacityFrozenJPerM3K();
    unfrozenHeatCapacity = tissue.heatCapacityUnfrozenJPerM3K();
    double mixed = 0.5 * (frozenHeatCapacity + unfrozenHeatCapacity);
    double range = liquidusC - solidusC;
    mushyHeatCapacity = range > 0 ? mixed + tissue.latentHeatJPerM3() / range : 0;
    liquidusEnthalpy = mixed * range + tissue.latentHeatJPerM3();
    frozenConductivity = tissue.conductivityFrozenWPerMK();
    unfrozenConductivity = tissue.conductivityUnfrozenWPerMK();
    perfusionCoefficient = tissue.perfusionCoefficientWPerM3K();
    metabolicHeat = tissue.metabolicHeatWPerM3();
  }

  /** The model a tissue uses by default, or sharp at 0 C when asked (water is always sharp). */
  public static EnthalpyModel of(TissueProperties tissue, boolean sharpFront) {
    return new EnthalpyModel(tissue, PhaseChange.forTissue(tissue, sharpFront));
  }

  public TissueProperties tissue() {
    return tissue;
  }

  public PhaseChange phaseChange() {
    return phaseChange;
  }

  public double enthalpyJPerM3(double temperatureC) {
    if (temperatureC <= solidusC) {
      return frozenHeatCapacity * (temperatureC - solidusC);
    }
    if (temperatureC >= liquidusC) {
      return liquidusEnthalpy + unfrozenHeatCapacity * (temperatureC - liquidusC);
    }
    return mushyHeatCapacity * (temperatureC - solidusC);
  }

  public double temperatureC(double enthalpyJPerM3) {
    if (enthalpyJPerM3 <= 0) {
      return solidusC + enthalpyJPerM3 / frozenHeatCapacity;
    }
    if (enthalpyJPerM3 >= liquidusEnthalpy) {
      return liquidusC + (enthalpyJPerM3 - liquidusEnthalpy) / unfrozenHeatCapacity;
    }
    return mushyHeatCapacity > 0 ? solidusC + enthalpyJPerM3 / mushyHeatCapacity : solidusC;
  }

  /** 0 in ice, 1 in unfrozen tissue. */
  public double liquidFraction(double enthalpyJPerM3) {
    if (enthalpyJPerM3 <= 0) {
      return 0;
    }
    return enthalpyJPerM3 >= liquidusEnthalpy ? 1 : enthalpyJPerM3 / liquidusEnthalpy;
  }

  public double conductivityWPerMK(double enthalpyJPerM3) {
    double liquid = liquidFraction(enthalpyJPerM3);
    return frozenConductivity + liquid * (unfrozenConductivity - frozenConductivity);
  }

  /**
   * Conductivity of the half of a cell that faces a neighbour, for the conductance between them. In
   * a cell on a sharp freezing plateau, ice lies on the cold side and liquid on the warm side, with
   * the front between them at the melting point; heat leaving towards a colder neighbour crosses
   * ice only and heat arriving from a warmer one crosses liquid only. Mixing the two conductivities
   * there would throttle the front (ice conducts four times better than unfrozen tissue) and make
   * it lag by about half a cell. Elsewhere, including a mushy zone, the mixture applies.
   */
  public double halfCellConductivityWPerMK(double enthalpyJPerM3, double neighbourTemperatureC) {
    if (isOnSharpPlateau(enthalpyJPerM3)) {
      return plateauHalfCellConductivityWPerMK(neighbourTemperatureC);
    }
    return conductivityWPerMK(enthalpyJPerM3);
  }

  /** True while a cell freezes isothermally on a sharp front (ice and liquid side by side). */
  public boolean isOnSharpPlateau(double enthalpyJPerM3) {
    return phaseChange.isSharp() && enthalpyJPerM3 > 0 && enthalpyJPerM3 < liquidusEnthalpy;
  }

  /** {@link #halfCellConductivityWPerMK} for a cell known to be on a sharp plateau. */
  public double plateauHalfCellConductivityWPerMK(double neighbourTemperatureC) {
    return neighbourTemperatureC < solidusC ? frozenConductivity : unfrozenConductivity;
  }

  /**
   * Pennes' source, W/m3: f_l * (w (T_a - T) + q_m). Blood does not flow through ice and frozen
   * cells do not metabolise.
   */
  public double bioheatSourceWPerM3(double enthalpyJPerM3, double arterialTemperatureC) {
    double liquid = liquidFraction(enthalpyJPerM3);
    if (liquid == 0) {
      return 0;
    }
    double temperature = temperatureC(enthalpyJPerM3);
    return liquid * (perfusionCoefficient * (arterialTemperatureC - temperature) + metabolicHeat);
  }

  /** The largest dT/dH of any state, 1 / (rho c)_min: sets the explicit stability limit. */
  public double maxTemperaturePerEnthalpy() {
    return 1.0 / Math.min(frozenHeatCapacity, unfrozenHeatCapacity);
  }

  public double maxConductivityWPerMK() {
    return Math.max(frozenConductivity, unfrozenConductivity);
  }

  public double perfusionCoefficientWPerM3K() {
    return perfusionCoefficient;
  }

  /** Enthalpy at the end of freezing (liquid fraction reaches 1), J/m3. */
  public double liquidusEnthalpyJPerM3() {
    return liquidusEnthalpy;
  }
}
