package org.cryows.planner.thermal.oned;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.cryows.planner.thermal.TissueProperties;

/**
 * Exact solutions of freezing with isothermal phase change at T_m = 0 C, as given in DOMAIN.md
 * (thermal model) after Carslaw and Jaeger, Conduction of Heat in Solids, 2nd ed., section 11.2,
 * and Paterson, Proc. Glasgow Math. Assoc. 1952 (line sink). Solid s = frozen, liquid l.
 */
final class ExactStefanSolutions {

  private static final double MELTING_C = 0;

  private ExactStefanSolutions() {}

  /**
   * Planar two-phase Neumann: a wall at {@code wallC} bounding liquid initially at {@code
   * initialC}; the front is X = 2 lambda sqrt(alpha_s t) with
   *
   * <pre>
   * exp(-l^2)/erf(l) - (k_l/k_s) nu (T_i - T_m)/(T_m - T_w) exp(-l^2 nu^2)/erfc(l nu)
   *     = l sqrt(pi) / St_s,   nu = sqrt(alpha_s/alpha_l),  St_s = C_s (T_m - T_w) / L.
   * </pre>
   */
  static double planarLambda(TissueProperties tissue, double wallC, double initialC) {
    double nu =
        Math.sqrt(tissue.diffusivityFrozenM2PerSec() / tissue.diffusivityUnfrozenM2PerSec());
    double stefan =
        tissue.heatCapacityFrozenJPerM3K() * (MELTING_C - wallC) / tissue.latentHeatJPerM3();
    double conductivityRatio =
        tissue.conductivityUnfrozenWPerMK() / tissue.conductivityFrozenWPerMK();
    double superheat = (initialC - MELTING_C) / (MELTING_C - wallC);
    UnivariateFunction balance =
        l ->
            Math.exp(-l * l) / Erf.erf(l)
                - conductivityRatio * nu * superheat * Math.exp(-l * l * nu * nu) / Erf.erfc(l * nu)
                - l * Math.sqrt(Math.PI) / stefan;
    return new BrentSolver(1e-14).solve(500, balance, 1e-6, 3);
  }

  /**
   * Line sink of Q W/m on the axis in liquid initially at {@code initialC}: R = 2 lambda
   * sqrt(alpha_s t) with beta = lambda^2 alpha_s / alpha_l and
   *
   * <pre>
   * (Q / 4 pi) exp(-l^2) - k_l (T_i - T_m) exp(-beta) / E1(beta) = l^2 alpha_s L.
   * </pre>
   */
  static double lineSinkLambda(TissueProperties tissue, double wattsPerMeter, double initialC) {
    double frozen = tissue.diffusivityFrozenM2PerSec();
    double ratio = frozen / tissue.diffusivityUnfrozenM2PerSec();
    double liquidConductivity = tissue.conductivityUnfrozenWPerMK();
    double latent = tissue.latentHeatJPerM3();
    UnivariateFunction balance =
        l -> {
          double beta = l * l * ratio;
          return wattsPerMeter / (4 * Math.PI) * Math.exp(-l * l)
              - liquidConductivity
                  * (initialC - MELTING_C)
                  * Math.exp(-beta)
                  / ExponentialIntegral.e1(beta)
              - l * l * frozen * latent;
        };
    return new BrentSolver(1e-14).solve(500, balance, 1e-6, 3);
  }

  /** Front position 2 lambda sqrt(alpha_s t), mm. */
  static double frontMm(TissueProperties tissue, double lambda, double timeSec) {
    return 2 * lambda * Math.sqrt(tissue.diffusivityFrozenM2PerSec() * timeSec) * 1e3;
  }

  /**
   * Inside the ice around a line sink: T = T_m - Q / (4 pi k_s) [E1(r^2 / 4 alpha_s t) - E1(l^2)].
   */
  static double lineSinkIceTemperatureC(
      TissueProperties tissue,
      double wattsPerMeter,
      double lambda,
      double radiusMm,
      double timeSec) {
    double radiusM = radiusMm * 1e-3;
    double argument = radiusM * radiusM / (4 * tissue.diffusivityFrozenM2PerSec() * timeSec);
    return MELTING_C
        - wattsPerMeter
            / (4 * Math.PI * tissue.conductivityFrozenWPerMK())
            * (ExponentialIntegral.e1(argument) - ExponentialIntegral.e1(lambda * lambda));
  }
}
