package org.cryows.planner.thermal.axisym;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.cryows.planner.thermal.EnthalpyModel;
import org.cryows.planner.thermal.FrozenRegionBound;

/**
 * An upper bound on the ice grown around a cold cylinder of radius R, tighter than the plane-wall
 * bound: the quasi-steady front, where the ice carries the steady logarithmic profile and all the
 * heat conducted to the wall goes into freezing, H_l R_f dR_f/dt = k_s (T_l - T_w) / ln(R_f / R).
 * Integrated: R_f^2 / 2 ln(R_f / R) - (R_f^2 - R^2) / 4 = k_s (T_l - T_w) t / H_l. Cooling the ice
 * below the liquidus and the heat brought by warm tissue both take part of the wall heat, so the
 * true front lags this one (the same argument makes sqrt(2 St) bound the planar Neumann constant).
 * Ice beyond the tip of a probe grows more slowly still (spherical spreading), so the bound serves
 * there too. Never more than the plane-wall bound.
 */
public final class CylinderIceBound {

  private CylinderIceBound() {}

  /** Depth of ice beyond the cylinder's surface at {@code timeSec}, m. */
  public static double depthM(
      EnthalpyModel model, double wallTemperatureC, double radiusM, double timeSec) {
    double planarM = FrozenRegionBound.wallIceDepthM(model, wallTemperatureC, timeSec);
    if (planarM <= 0) {
      return 0;
    }
    double target =
        model.tissue().conductivityFrozenWPerMK()
            * (model.phaseChange().liquidusC() - wallTemperatureC)
            * timeSec
            / model.liquidusEnthalpyJPerM3();
    double radius =
        new BrentSolver(1e-12)
            .solve(
                200,
                r -> r * r / 2 * Math.log(r / radiusM) - (r * r - radiusM * radiusM) / 4 - target,
                radiusM,
                radiusM + planarM + 1e-9);
    return Math.min(radius - radiusM, planarM);
  }
}
