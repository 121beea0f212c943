package org.cryows.probecontrol.simulator;

import org.cryows.treatment.JouleThomsonTip;

/**
 * The probe tip as one lumped heat capacity between the tissue around it and the expanding gas
 * inside it, integrated in time:
 *
 * <pre>C dT/dt = G (T_tissue - T) - h (T - T_limit)</pre>
 *
 * The balance, its steady state and its constants are the treatment vocabulary's ({@link
 * JouleThomsonTip}), so that the thermal prediction holds a probe where this tip levels off; what
 * belongs here is the time it takes: {@link #WARMING_TAU_SEC} = C / G, and C / (G + h) while the
 * gas flows. Each step is integrated exactly.
 *
 * <p>The lumped model ignores the latent heat of the ice ball, which slows a real thaw once the tip
 * reaches 0 C. The constants are estimates, not measurements: a tip reaching within 3 C of the
 * gas's limit (DOMAIN.md: consoles report tips as cold as -89 C with N2O) about 10 s after the
 * valve opens, and a passive thaw back to 0 C in about 1.5 minutes, comparable with the 2-3 minute
 * freezes and thaws of console practice.
 */
final class ProbeTip {
  /** Body temperature of the tissue around the tip. */
  static final double TISSUE_C = JouleThomsonTip.TISSUE_C;

  /**
   * Warming time constant with the gas stopped (C / G), estimated; at the design flow the cooling
   * time constant is 90 / (1 + {@link JouleThomsonTip#DESIGN_COOLING_RATIO}) = 2.2 s.
   */
  static final double WARMING_TAU_SEC = 90;

  private double tipC;

  ProbeTip(double initialC) {
    this.tipC = initialC;
  }

  double tipC() {
    return tipC;
  }

  /**
   * The ratio h / G for a mass flow (as a fraction of the design flow) fed at {@code lineKPa}; see
   * {@link JouleThomsonTip#coolingRatio}.
   */
  static double coolingRatio(double flowFractionOfDesign, double lineKPa) {
    return JouleThomsonTip.coolingRatio(flowFractionOfDesign, lineKPa);
  }

  void step(double dtSec, double coolingRatio, double limitC) {
    double steadyC = JouleThomsonTip.steadyTipC(coolingRatio, limitC);
    double tauSec = WARMING_TAU_SEC / (1 + coolingRatio);
    tipC = steadyC + (tipC - steadyC) * Math.exp(-dtSec / tauSec);
  }
}
