package org.cryows.planner.thermal.oned;

import static org.cryows.planner.thermal.oned.VerificationFixtures.INITIAL_C;
import static org.cryows.planner.thermal.oned.VerificationFixtures.LINE_SINK_W_PER_M;
import static org.cryows.planner.thermal.oned.VerificationFixtures.WALL_C;
import static org.cryows.planner.thermal.oned.VerificationFixtures.conductingTissue;
import static org.cryows.planner.thermal.oned.VerificationFixtures.lineSink;
import static org.cryows.planner.thermal.oned.VerificationFixtures.planar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.cryows.planner.thermal.EnergyBalance;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.TissueProperties;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Over a run, the change of total enthalpy equals the heat through boundaries and sinks. */
class EnergyConservationTest {

  private static final Logger LOG = LoggerFactory.getLogger(EnergyConservationTest.class);

  private final EnthalpySolver1d solver = new EnthalpySolver1d();

  @Test
  void solve_lineSink_enthalpyFallsByExactlyTheExtractedHeat() {
    double timeSec = 180;
    Solution1d solution = solver.solve(lineSink(0.04, List.of(timeSec), List.of(0.0)));
    double extractedJPerM = LINE_SINK_W_PER_M * timeSec;
    EnergyBalance energy = solution.energy();
    LOG.info(
        "line sink over {} s: enthalpy change {} J/m, extracted {} J/m",
        timeSec,
        energy.enthalpyChangeJ(),
        extractedJPerM);
    assertEquals(-extractedJPerM, energy.enthalpyChangeJ(), 0.005 * extractedJPerM);
    assertEquals(-extractedJPerM, energy.sinkHeatJ(), 1e-9 * extractedJPerM);
    assertEquals(0, energy.boundaryHeatJ(), 1e-6 * extractedJPerM, "the far field is untouched");
  }

  /**
   * The exact Neumann wall flux is k_s (T_m - T_w) / (erf(lambda) sqrt(pi alpha_s t)); over a run
   * that is 2 k_s (T_m - T_w) sqrt(t) / (erf(lambda) sqrt(pi alpha_s)) per square metre.
   */
  @Test
  void solve_planarWall_enthalpyChangeMatchesTheExactWallHeatWithinHalfAPercent() {
    TissueProperties tissue = conductingTissue();
    double lambda = ExactStefanSolutions.planarLambda(tissue, WALL_C, INITIAL_C);
    double timeSec = 180;
    double exactWallHeatJPerM2 =
        -2
            * tissue.conductivityFrozenWPerMK()
            * (0 - WALL_C)
            * Math.sqrt(timeSec)
            / (Erf.erf(lambda) * Math.sqrt(Math.PI * tissue.diffusivityFrozenM2PerSec()));
    EnergyBalance energy = solver.solve(planar(0.1, List.of(timeSec), List.of(0.0))).energy();
    LOG.info(
        "planar wall heat over {} s: enthalpy change {} J/m2, exact wall heat {} J/m2",
        timeSec,
        energy.enthalpyChangeJ(),
        exactWallHeatJPerM2);
    assertEquals(
        exactWallHeatJPerM2, energy.enthalpyChangeJ(), 0.005 * Math.abs(exactWallHeatJPerM2));
  }

  @Test
  void solve_perfusedSphere_booksBalanceWithBloodHeat() {
    // Perfusion without metabolism, so that any bioheat is blood warming the cooled tissue.
    TissueProperties muscle = TissueCatalog.byName("muscle");
    TissueProperties perfusedOnly =
        new TissueProperties(
            "perfused muscle",
            muscle.source(),
            muscle.conductivityUnfrozenWPerMK(),
            muscle.conductivityFrozenWPerMK(),
            muscle.densityUnfrozenKgPerM3(),
            muscle.densityFrozenKgPerM3(),
            muscle.specificHeatUnfrozenJPerKgK(),
            muscle.specificHeatFrozenJPerKgK(),
            muscle.latentHeatJPerM3(),
            muscle.perfusionRatePerSec(),
            muscle.bloodDensityKgPerM3(),
            muscle.bloodSpecificHeatJPerKgK(),
            0,
            false);
    var problem =
        new Problem1d(
            Geometry1d.SPHERICAL,
            perfusedOnly,
            false,
            new InnerBoundary.WallTemperature(-80),
            1.0,
            37,
            37,
            0.1,
            List.of(60.0, 120.0),
            List.of(0.0, -20.0),
            Problem1d.DEFAULT_FAR_FIELD_DIFFUSION_LENGTHS);
    EnergyBalance energy = solver.solve(problem).energy();
    LOG.info("perfused sphere: {}", energy);
    assertTrue(energy.bioheatJ() > 0, "blood warms the cooled tissue");
    assertTrue(energy.boundaryHeatJ() < 0, "the wall takes heat out");
    assertTrue(energy.bioheatJ() < -energy.boundaryHeatJ(), "blood slows freezing, cannot stop it");
    assertEquals(0, energy.relativeImbalance(), 0.005);
  }
}
