package org.cryows.planner.thermal;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;

/**
 * Upper bounds on how far ice can grow, used to size the finely resolved zone of a grid before a
 * run. Both bounds ignore the heat that warm tissue brings to the front, which only slows it.
 */
public final class FrozenRegionBound {

  private FrozenRegionBound() {}

  /**
   * Depth of ice grown from a plane wall held at {@code wallTemperatureC}, with the tissue already
   * at its freezing point: the one-phase Neumann solution X = 2 lambda sqrt(alpha_s t), lambda
   * exp(lambda^2) erf(lambda) = St / sqrt(pi) (Carslaw and Jaeger, Conduction of Heat in Solids,
   * 2nd ed., 11.2). Curved walls grow ice more slowly than a plane one, so this bounds them too.
   */
  public static double wallIceDepthM(EnthalpyModel model, double wallTemperatureC, double timeSec) {
    double meltingC = model.phaseChange().liquidusC();
    if (wallTemperatureC >= model.phaseChange().solidusC() || timeSec <= 0) {
      return 0;
    }
    TissueProperties tissue = model.tissue();
    // The whole phase-change enthalpy counts as latent heat: a smaller latent heat, a larger bound.
    double stefan =
        tissue.heatCapacityFrozenJPerM3K()
            * (meltingC - wallTemperatureC)
            / model.liquidusEnthalpyJPerM3();
    double target = stefan / Math.sqrt(Math.PI);
    double lambda =
        new BrentSolver(1e-12).solve(200, l -> l * Math.exp(l * l) * Erf.erf(l) - target, 1e-9, 10);
    return 2 * lambda * Math.sqrt(tissue.diffusivityFrozenM2PerSec() * timeSec);
  }

  /**
   * Radius of ice around a cylinder of radius {@code innerRadiusM} that has extracted {@code
   * wattsPerMeter} for {@code timeSec}: no more tissue can have frozen than the latent heat the
   * extracted energy pays for, pi (R^2 - R0^2) H_liquidus &le; Q t.
   */
  public static double lineHeatIceRadiusM(
      EnthalpyModel model, double wattsPerMeter, double innerRadiusM, double timeSec) {
    double frozenArea = wattsPerMeter * Math.max(timeSec, 0) / model.liquidusEnthalpyJPerM3();
    return Math.sqrt(innerRadiusM * innerRadiusM + frozenArea / Math.PI);
  }
}
