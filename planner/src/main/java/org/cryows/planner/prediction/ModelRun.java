package org.cryows.planner.prediction;

import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;

/**
 * How a prediction was computed, enough to run it again: the grid, the steps, and for 3-D the
 * domain in the model's frame.
 *
 * @param cells cells per axis: (r, z) for the axisymmetric model, (x, y, z) for 3-D
 * @param domainMinMm the 3-D domain's lower corner in the model's frame
 * @param domainMaxMm the 3-D domain's upper corner in the model's frame
 */
public record ModelRun(
    double spacingMm,
    double timeStepSec,
    List<Integer> cells,
    int steps,
    Optional<Vector3> domainMinMm,
    Optional<Vector3> domainMaxMm) {

  public ModelRun {
    cells = List.copyOf(cells);
  }
}
