package org.cryows.planner.thermal;

/**
 * Keeps the books of a run: accumulates the heat that crosses boundaries, leaves through sinks and
 * comes from blood and metabolism, and compares it with the change of total enthalpy recounted from
 * the field. A finite-volume scheme conserves energy to rounding, so any real mismatch or a
 * non-finite value means a bug or an unstable step, and the run stops with {@link
 * ThermalModelFailure}.
 */
public final class EnergyWatchdog {

  /** Rounding allowance: far above double-precision noise, far below any physical effect. */
  static final double RELATIVE_TOLERANCE = 1e-7;

  private double boundaryHeatJ;
  private double sinkHeatJ;
  private double bioheatJ;

  public void addBoundaryHeat(double joules) {
    boundaryHeatJ += joules;
  }

  public void addSinkHeat(double joules) {
    sinkHeatJ += joules;
  }

  public void addBioheat(double joules) {
    bioheatJ += joules;
  }

  /**
   * Checks the books against a fresh count of the enthalpy change.
   *
   * @param enthalpyChangeJ sum over cells of (H - H_initial) * volume
   * @param heatScaleJ a magnitude of the heat involved (for example the sum of |per-cell change|),
   *     so that a run in which almost nothing happens is not judged on rounding alone
   * @throws ThermalModelFailure on a non-finite value or an imbalance
   */
  public EnergyBalance check(double enthalpyChangeJ, double heatScaleJ, double timeSec) {
    var balance = new EnergyBalance(boundaryHeatJ, sinkHeatJ, bioheatJ, enthalpyChangeJ);
    if (!Double.isFinite(enthalpyChangeJ) || !Double.isFinite(balance.suppliedHeatJ())) {
      throw new ThermalModelFailure(
          "non-finite temperature field at t = " + timeSec + " s: the time step was unstable");
    }
    double mismatch = Math.abs(enthalpyChangeJ - balance.suppliedHeatJ());
    double scale = Math.max(heatScaleJ, Math.abs(balance.suppliedHeatJ()));
    if (mismatch > RELATIVE_TOLERANCE * scale) {
      throw new ThermalModelFailure(
          String.format(
              "energy balance broken at t = %g s: enthalpy changed by %.6g J but %.6g J crossed"
                  + " the boundaries and sources",
              timeSec, enthalpyChangeJ, balance.suppliedHeatJ()));
    }
    return balance;
  }
}
