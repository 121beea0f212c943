package org.cryows.planner.thermal;

/**
 * Where the heat of a run went, in joules (per square metre of wall in planar geometry, per metre
 * of probe in cylindrical geometry, in total for spherical or axisymmetric geometry). Positive
 * values are heat entering the tissue.
 *
 * @param boundaryHeatJ through walls and the far field
 * @param sinkHeatJ through probes modelled as sinks (negative while freezing)
 * @param bioheatJ from perfusion and metabolism
 * @param enthalpyChangeJ change of the tissue's total enthalpy
 */
public record EnergyBalance(
    double boundaryHeatJ, double sinkHeatJ, double bioheatJ, double enthalpyChangeJ) {

  public double suppliedHeatJ() {
    return boundaryHeatJ + sinkHeatJ + bioheatJ;
  }

  /** |enthalpy change - supplied heat| relative to the larger of the two. */
  public double relativeImbalance() {
    double scale = Math.max(Math.abs(enthalpyChangeJ), Math.abs(suppliedHeatJ()));
    return scale == 0 ? 0 : Math.abs(enthalpyChangeJ - suppliedHeatJ()) / scale;
  }
}
