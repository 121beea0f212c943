package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.cartesian.CartesianProblem;

/**
 * The solver problems the service builds for a request, for a benchmark's baseline (the solver
 * alone on the same problem) and to reproduce a prediction's numbers.
 */
public final class PredictionProblems {

  private PredictionProblems() {}

  /**
   * The axisymmetric problem of a one-probe request (its probe's tip held as the console would).
   */
  public static AxisymmetricProblem axisymmetric(PredictionRequest request) {
    return AxisymmetricPath.setUp(
            request, resolved(request).getFirst(), request.outputs().timesFor(request.protocol()))
        .problem();
  }

  /** The 3-D problem of a request, in the model's frame. */
  public static CartesianProblem threeDimensional(PredictionRequest request) {
    return ThreeDimensionalPath.setUp(
            request, resolved(request), request.outputs().timesFor(request.protocol()))
        .problem();
  }

  private static List<ProbeModel> resolved(PredictionRequest request) {
    List<ProbeModel> probes = new ArrayList<>();
    for (PlacedProbe placed : request.probes()) {
      probes.add(
          TipRegulation.resolve(
                  placed.probe(),
                  request.protocol(),
                  request.options().supplyPressureKPa(),
                  request.options().console())
              .probe());
    }
    return probes;
  }
}
