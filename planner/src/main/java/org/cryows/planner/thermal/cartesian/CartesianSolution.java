package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.Objects;
import org.cryows.planner.thermal.EnergyBalance;

/**
 * What a 3-D run produced, with what is needed to reproduce it: the model version and the problem
 * exactly as solved (tissues, probes, protocol, spacing, step), the grid it built, and the figures.
 *
 * @param fields the temperature field at each output time
 * @param iceBalls per probe, ice length and diameter per isotherm and output time
 * @param exposures per nerve track, coldest temperature and time below threshold per point
 * @param energy the heat books at the end of the run
 * @param steps implicit steps taken
 * @param cellUpdates cell updates done (sweeps and conservative passes, tissue cells each)
 */
public record CartesianSolution(
    String modelVersion,
    CartesianProblem problem,
    CartesianGrid grid,
    List<TemperatureField> fields,
    List<ProbeIceBall> iceBalls,
    List<TrackExposure> exposures,
    EnergyBalance energy,
    int steps,
    long cellUpdates) {

  public CartesianSolution {
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(energy, "energy");
    fields = List.copyOf(fields);
    iceBalls = List.copyOf(iceBalls);
    exposures = List.copyOf(exposures);
  }

  /** The field at an output time. */
  public TemperatureField fieldAt(double timeSec) {
    int index = problem.outputTimesSec().indexOf(timeSec);
    if (index < 0) {
      throw new IllegalArgumentException("no field at " + timeSec + " s was kept");
    }
    return fields.get(index);
  }

  public ProbeIceBall iceBall(int probeIndex) {
    return iceBalls.get(probeIndex);
  }
}
