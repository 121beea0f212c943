package org.cryows.planner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.planner.prediction.PredictionProblems;
import org.junit.jupiter.api.Test;

/** The bench's cases are the ones it describes (the runs themselves are printed, not tested). */
class PlanBenchCommandTest {

  @Test
  void oneProbeRequest_theSmgnProtocolWithTheSkinModelledAxisymmetrically() {
    var request = PlanBenchCommand.oneProbeRequest(0, 0);
    var problem = PredictionProblems.axisymmetric(request);
    assertEquals(2, request.protocol().cycles().size());
    assertTrue(problem.skin().isPresent(), "the skin square to the probe is modelled");
    assertEquals(20, problem.skin().orElseThrow().depthAboveTipMm(), 1e-9);
    assertEquals(20, request.outputs().samplePointsMm().size());
  }

  @Test
  void threeProbeRequest_threeProbesVesselAndBoneInMuscle() {
    var problem = PredictionProblems.threeDimensional(PlanBenchCommand.threeProbeRequest(0));
    assertEquals(3, problem.probes().size());
    assertEquals(1, problem.vessels().size());
    assertEquals(2, problem.tissuesByLabel().size(), "muscle and bone");
    assertEquals(420, problem.totalDurationSec());
  }
}
