package org.cryows.planner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.CartesianProblem;
import org.cryows.treatment.FreezeCycle;
import org.junit.jupiter.api.Test;

/** The benchmark case is the one the issue describes (the run itself is printed, not tested). */
class CartesianBenchmarkTest {

  @Test
  void problem_issueCase_threeProbesBoneSlabVesselTwoFreezes() {
    CartesianProblem problem = CartesianBenchmark.problem(0.5, 2);
    assertEquals(3, problem.probes().size());
    assertEquals(10, problem.probes().get(1).tipMm().x() - problem.probes().get(0).tipMm().x());
    assertEquals(2.0, problem.probes().getFirst().probe().outerDiameterMm());
    assertEquals(10, problem.probes().getFirst().probe().activeLengthMm());
    var labels = problem.labels();
    assertEquals("muscle", labels.tissueByLabel().get(labels.labelAtMm(new Vector3(0, 0, 0))));
    assertEquals("bone", labels.tissueByLabel().get(labels.labelAtMm(new Vector3(0, -4.2, 0))));
    assertEquals("muscle", labels.tissueByLabel().get(labels.labelAtMm(new Vector3(0, -3.8, 0))));
    assertEquals(50, labels.maxCornerMm().minus(labels.originMm()).x());
    var vessel = problem.vessels().getFirst();
    assertEquals(3, vessel.diameterMm());
    assertEquals(true, vessel.containsMm(new Vector3(7, 5, 0)));
    assertEquals(37, vessel.wall().bloodTemperatureC());
    assertEquals(420, problem.totalDurationSec());
    assertEquals(FreezeCycle.PhaseKind.PASSIVE_THAW, problem.phases().get(1).kind());
  }
}
