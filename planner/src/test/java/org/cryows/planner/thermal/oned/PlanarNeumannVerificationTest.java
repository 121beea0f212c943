package org.cryows.planner.thermal.oned;

import static org.cryows.planner.thermal.oned.VerificationFixtures.FREEZE_TIMES_SEC;
import static org.cryows.planner.thermal.oned.VerificationFixtures.INITIAL_C;
import static org.cryows.planner.thermal.oned.VerificationFixtures.WALL_C;
import static org.cryows.planner.thermal.oned.VerificationFixtures.conductingTissue;
import static org.cryows.planner.thermal.oned.VerificationFixtures.planar;
import static org.cryows.planner.thermal.oned.VerificationFixtures.rmsErrorMm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.special.Erf;
import org.cryows.planner.thermal.TissueProperties;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planar two-phase Neumann problem (Carslaw and Jaeger, Conduction of Heat in Solids, 2nd ed.,
 * 11.2; formulas and reference numbers in DOMAIN.md): generic tissue at 37 C frozen from a wall at
 * -88 C.
 */
class PlanarNeumannVerificationTest {

  private static final Logger LOG = LoggerFactory.getLogger(PlanarNeumannVerificationTest.class);

  private final TissueProperties tissue = conductingTissue();
  private final double lambda = ExactStefanSolutions.planarLambda(tissue, WALL_C, INITIAL_C);
  private final EnthalpySolver1d solver = new EnthalpySolver1d();

  private double exactFrontMm(double timeSec) {
    return ExactStefanSolutions.frontMm(tissue, lambda, timeSec);
  }

  /** Inside the ice T = T_w + (T_m - T_w) erf(x / 2 sqrt(alpha_s t)) / erf(lambda), inverted. */
  private double exactIceIsothermMm(double isothermC, double timeSec) {
    double share = (isothermC - WALL_C) / (0 - WALL_C) * Erf.erf(lambda);
    return 2 * Math.sqrt(tissue.diffusivityFrozenM2PerSec() * timeSec) * Erf.erfInv(share) * 1e3;
  }

  @Test
  void planarLambda_domainCase_reproducesDomainNumbers() {
    assertEquals(0.411256, lambda, 5e-7);
    assertEquals(6.723, exactFrontMm(60), 5e-4);
    assertEquals(11.644, exactFrontMm(180), 5e-4);
  }

  @Test
  void solve_defaultSpacing_frontWithin1PercentOfExact() {
    double spacing = DefaultSpacing.finestSpacingMm(new InnerBoundary.WallTemperature(WALL_C), 0);
    Solution1d solution =
        solver.solve(planar(spacing, FREEZE_TIMES_SEC, List.of(0.0, -20.0, -40.0)));
    for (double time : FREEZE_TIMES_SEC) {
      double exact = exactFrontMm(time);
      double computed = solution.frontMm(0.0, time).orElseThrow();
      LOG.info("planar {} mm, {} s: 0 C front {} mm, exact {} mm", spacing, time, computed, exact);
      if (time >= 60) {
        assertEquals(exact, computed, 0.01 * exact, "0 C front at " + time + " s");
      }
      for (double isotherm : List.of(-20.0, -40.0)) {
        double exactIso = exactIceIsothermMm(isotherm, time);
        assertEquals(
            exactIso,
            solution.frontMm(isotherm, time).orElseThrow(),
            0.01 * exactIso + 0.5 * spacing,
            isotherm + " C front at " + time + " s");
      }
    }
    assertEquals(6.723, solution.frontMm(0.0, 60.0).orElseThrow(), 0.01 * 6.723);
    assertEquals(11.644, solution.frontMm(0.0, 180.0).orElseThrow(), 0.01 * 11.644);
  }

  @Test
  void solve_refinedGrid_frontErrorFalls() {
    double[] spacings = {0.4, 0.2, 0.1};
    double[] errors = new double[spacings.length];
    for (int n = 0; n < spacings.length; n++) {
      Solution1d solution = solver.solve(planar(spacings[n], FREEZE_TIMES_SEC, List.of(0.0)));
      errors[n] = rmsErrorMm(solution, 0.0, this::exactFrontMm);
      LOG.info(
          "planar convergence: spacing {} mm, rms 0 C front error {} mm", spacings[n], errors[n]);
    }
    assertTrue(errors[1] < errors[0] && errors[2] < errors[1], "error falls with the spacing");
    assertTrue(errors[2] < errors[0] / 3, "four times finer, at least three times more accurate");
  }

  @Test
  void solve_farFieldTwiceAsFar_movesTheFrontByLessThan50Micrometres() {
    var near = planar(0.2, List.of(180.0), List.of(0.0, -20.0));
    var far =
        new Problem1d(
            near.geometry(),
            near.tissue(),
            near.sharpFront(),
            near.innerBoundary(),
            near.innerRadiusMm(),
            near.initialTemperatureC(),
            near.arterialTemperatureC(),
            near.finestSpacingMm(),
            near.timesSec(),
            near.isothermsC(),
            2 * near.farFieldDiffusionLengths());
    Solution1d nearSolution = solver.solve(near);
    Solution1d farSolution = solver.solve(far);
    assertTrue(farSolution.cellCount() > nearSolution.cellCount());
    for (double isotherm : List.of(0.0, -20.0)) {
      assertEquals(
          farSolution.frontMm(isotherm, 180).orElseThrow(),
          nearSolution.frontMm(isotherm, 180).orElseThrow(),
          0.05);
    }
  }
}
