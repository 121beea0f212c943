package org.cryows.planner.thermal.oned;

import static org.cryows.planner.thermal.oned.VerificationFixtures.FREEZE_TIMES_SEC;
import static org.cryows.planner.thermal.oned.VerificationFixtures.INITIAL_C;
import static org.cryows.planner.thermal.oned.VerificationFixtures.LINE_SINK_W_PER_M;
import static org.cryows.planner.thermal.oned.VerificationFixtures.conductingTissue;
import static org.cryows.planner.thermal.oned.VerificationFixtures.lineSink;
import static org.cryows.planner.thermal.oned.VerificationFixtures.rmsErrorMm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.planner.thermal.TissueProperties;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Freezing around a line sink of 80 W/m in generic tissue at 37 C (Carslaw and Jaeger, Conduction
 * of Heat in Solids, 2nd ed., 11.2; Paterson 1952; formulas and reference numbers in DOMAIN.md).
 */
class LineSinkVerificationTest {

  private static final Logger LOG = LoggerFactory.getLogger(LineSinkVerificationTest.class);

  private final TissueProperties tissue = conductingTissue();
  private final double lambda =
      ExactStefanSolutions.lineSinkLambda(tissue, LINE_SINK_W_PER_M, INITIAL_C);
  private final EnthalpySolver1d solver = new EnthalpySolver1d();

  private double exactFrontMm(double timeSec) {
    return ExactStefanSolutions.frontMm(tissue, lambda, timeSec);
  }

  @Test
  void e1_knownValues_matchAbramowitzAndStegunTable5() {
    assertEquals(1.822923958, ExponentialIntegral.e1(0.1), 1e-9);
    assertEquals(0.219383934, ExponentialIntegral.e1(1.0), 1e-9);
    assertEquals(0.001148296, ExponentialIntegral.e1(5.0), 1e-9);
  }

  @Test
  void lineSinkLambda_domainCase_reproducesDomainNumbers() {
    assertEquals(0.863, exactFrontMm(60), 5e-4);
    assertEquals(1.495, exactFrontMm(180), 5e-4);
  }

  @Test
  void solve_defaultSpacing_frontWithin2PercentOfExact() {
    double spacing =
        DefaultSpacing.finestSpacingMm(new InnerBoundary.LineSink(LINE_SINK_W_PER_M), 0);
    Solution1d solution = solver.solve(lineSink(spacing, FREEZE_TIMES_SEC, List.of(0.0, -20.0)));
    for (double time : FREEZE_TIMES_SEC) {
      double exact = exactFrontMm(time);
      double computed = solution.frontMm(0.0, time).orElseThrow();
      LOG.info(
          "line sink {} mm, {} s: 0 C front {} mm, exact {} mm", spacing, time, computed, exact);
      if (time >= 60) {
        assertEquals(exact, computed, 0.02 * exact, "0 C front at " + time + " s");
      }
    }
    assertEquals(0.863, solution.frontMm(0.0, 60.0).orElseThrow(), 0.02 * 0.863);
    assertEquals(1.495, solution.frontMm(0.0, 180.0).orElseThrow(), 0.02 * 1.495);
  }

  @Test
  void solve_defaultSpacing_iceTemperatureFollowsTheExactProfile() {
    Solution1d solution = solver.solve(lineSink(0.04, List.of(180.0), List.of(0.0)));
    Profile1d profile = solution.profiles().getFirst();
    for (double radiusMm = 0.3; radiusMm < 1.4; radiusMm += 0.1) {
      double exact =
          ExactStefanSolutions.lineSinkIceTemperatureC(
              tissue, LINE_SINK_W_PER_M, lambda, radiusMm, 180);
      assertEquals(exact, profile.temperatureAtC(radiusMm), 0.5, "at r = " + radiusMm + " mm");
    }
  }

  @Test
  void solve_refinedGrid_iceTemperatureAndFrontErrorsFall() {
    double[] spacings = {0.16, 0.08, 0.04};
    double[] errors = new double[spacings.length];
    double[] frontErrors = new double[spacings.length];
    for (int n = 0; n < spacings.length; n++) {
      Solution1d solution = solver.solve(lineSink(spacings[n], FREEZE_TIMES_SEC, List.of(0.0)));
      frontErrors[n] = rmsErrorMm(solution, 0.0, this::exactFrontMm);
      Profile1d profile = solution.profiles().getLast();
      double sum = 0;
      int samples = 0;
      for (double radiusMm = 0.4; radiusMm < 1.4; radiusMm += 0.05) {
        double error =
            profile.temperatureAtC(radiusMm)
                - ExactStefanSolutions.lineSinkIceTemperatureC(
                    tissue, LINE_SINK_W_PER_M, lambda, radiusMm, 180);
        sum += error * error;
        samples++;
      }
      errors[n] = Math.sqrt(sum / samples);
      LOG.info(
          "line sink convergence: spacing {} mm, rms ice temperature error {} C, rms front error {}"
              + " mm",
          spacings[n],
          errors[n],
          frontErrors[n]);
    }
    assertTrue(errors[1] < errors[0] && errors[2] < errors[1], "error falls with the spacing");
    assertTrue(
        frontErrors[1] < frontErrors[0] && frontErrors[2] < frontErrors[1],
        "front error falls with the spacing");
  }
}
