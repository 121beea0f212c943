package org.cryows.probecontrol.simulator;

/**
 * The probe tip as one lumped heat capacity between the tissue around it and the expanding gas
 * inside it:
 *
 * <pre>C dT/dt = G (T_tissue - T) - h (T - T_limit)</pre>
 *
 * G is the tissue heat load (conductance to tissue at body temperature, perfusion included), h the
 * cooling by the Joule-Thomson expansion, proportional to the gas flow; the gas can never take the
 * tip below {@code T_limit}, the temperature of the expanded gas. Both are expressed through two
 * time constants: {@link #WARMING_TAU_SEC} = C / G and the ratio h / G at the design flow, {@link
 * #DESIGN_COOLING_RATIO}. The tip's steady temperature is then (T_tissue + k T_limit) / (1 + k)
 * with k = h / G, and it gets there with time constant C / (G + h). Each step is integrated
 * exactly.
 *
 * <p>The lumped model ignores the latent heat of the ice ball, which slows a real thaw once the tip
 * reaches 0 C. The constants are estimates, not measurements: a tip reaching within 3 C of the
 * gas's limit (DOMAIN.md: consoles report tips as cold as -89 C with N2O) about 10 s after the
 * valve opens, and a passive thaw back to 0 C in about 1.5 minutes, comparable with the 2-3 minute
 * freezes and thaws of console practice.
 */
final class ProbeTip {
  /** Body temperature of the tissue around the tip. */
  static final double TISSUE_C = 37;

  /** Warming time constant with the gas stopped (C / G), estimated. */
  static final double WARMING_TAU_SEC = 90;

  /**
   * h / G at the design flow and full pressure, estimated: gives a steady tip 2.8 C (CO2) or 3.1 C
   * (N2O) above the gas's limit and a cooling time constant of 90 / 41 = 2.2 s.
   */
  static final double DESIGN_COOLING_RATIO = 40;

  /**
   * Below this line pressure (about 200 psi) the expansion gives no useful cooling, estimated: a
   * liquid feed needs the console's working pressure, and gas expanding from a low pressure cools
   * far less (DOMAIN.md: lower supply pressure means a warmer tip).
   */
  static final double NO_COOLING_BELOW_KPA = 1400;

  /** From this line pressure (600 psi, the bottom of the consoles' range) the cooling is full. */
  static final double FULL_COOLING_FROM_KPA = 4137;

  private double tipC;

  ProbeTip(double initialC) {
    this.tipC = initialC;
  }

  double tipC() {
    return tipC;
  }

  /**
   * The ratio h / G for a mass flow (as a fraction of the design flow) fed at {@code lineKPa}:
   * proportional to flow, scaled down linearly between full-cooling pressure and no cooling.
   */
  static double coolingRatio(double flowFractionOfDesign, double lineKPa) {
    double efficiency =
        Math.clamp(
            (lineKPa - NO_COOLING_BELOW_KPA) / (FULL_COOLING_FROM_KPA - NO_COOLING_BELOW_KPA),
            0,
            1);
    return DESIGN_COOLING_RATIO * Math.max(0, flowFractionOfDesign) * efficiency;
  }

  void step(double dtSec, double coolingRatio, double limitC) {
    double steadyC = (TISSUE_C + coolingRatio * limitC) / (1 + coolingRatio);
    double tauSec = WARMING_TAU_SEC / (1 + coolingRatio);
    tipC = steadyC + (tipC - steadyC) * Math.exp(-dtSec / tauSec);
  }
}
