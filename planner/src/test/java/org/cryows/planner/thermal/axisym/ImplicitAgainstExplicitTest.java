package org.cryows.planner.thermal.axisym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cryows.planner.thermal.TissueCatalog;
import org.junit.jupiter.api.Test;

/** The implicit fast path and the explicit solver agree on the same freeze within a cell. */
class ImplicitAgainstExplicitTest {

  @Test
  void solve_sameFreeze_bothSolversAgreeWithinACell() {
    double spacingMm = 0.25;
    var problem =
        new AxisymmetricProblem(
            TissueCatalog.byName("generic"),
            false,
            1.0,
            6,
            new ActiveSegmentCondition.WallTemperature(-88),
            37,
            37,
            spacingMm,
            List.of(20.0),
            List.of(0.0, -20.0),
            12);
    AxisymmetricSolution implicit = new AxisymmetricSolver().solve(problem);
    AxisymmetricSolution explicit = new ExplicitAxisymmetricSolver().solve(problem);
    for (double isotherm : List.of(0.0, -20.0)) {
      assertEquals(
          explicit.diameterMm(isotherm, 20).orElseThrow(),
          implicit.diameterMm(isotherm, 20).orElseThrow(),
          2 * spacingMm,
          "diameter at " + isotherm + " C (twice the radius)");
      assertEquals(
          explicit.lengthMm(isotherm, 20).orElseThrow(),
          implicit.lengthMm(isotherm, 20).orElseThrow(),
          2 * spacingMm,
          "length at " + isotherm + " C (both ends)");
    }
    assertEquals(0, implicit.energy().relativeImbalance(), 1e-7);
  }
}
