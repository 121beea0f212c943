package org.cryows.planner.prediction;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.axisym.IsothermContour;
import org.cryows.planner.thermal.cartesian.ProbeIceBall;
import org.cryows.planner.validation.Validity;

/**
 * The answer to one {@link PredictionRequest}, immutable, everything in the plan's frame.
 *
 * @param requestId the id of the request it answers
 * @param path the model that answered
 * @param pathReason why that model (for a 3-D answer, which structure was too close)
 * @param modelVersion the numerical model's version, to reproduce the prediction
 * @param validity where the prediction stands: validated, verified only, or outside
 * @param heldTipsC per probe, the tip temperature the console holds during a freeze (empty for a
 *     probe whose tip is not regulated)
 * @param iceBalls per probe, length and widest diameter per isotherm and time
 * @param meridianContours the axisymmetric model's isotherms in the probe's (r, z) half-plane, per
 *     time then isotherm (empty for 3-D)
 * @param contours per requested plane, time and isotherm
 * @param surfaces per time and isotherm, when asked for
 * @param exposures per sample point, in the request's order
 * @param wallSec the wall-clock seconds the prediction took
 */
public record Prediction(
    long requestId,
    ModelPath path,
    String pathReason,
    String modelVersion,
    Validity validity,
    List<Double> timesSec,
    List<Double> isothermsC,
    List<OptionalDouble> heldTipsC,
    List<ProbeIceBall> iceBalls,
    List<IsothermContour> meridianContours,
    List<PlaneContour> contours,
    List<TimedSurface> surfaces,
    List<Double> exposureThresholdsC,
    List<PointExposure> exposures,
    ModelRun run,
    double wallSec) {

  public Prediction {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pathReason, "pathReason");
    Objects.requireNonNull(modelVersion, "modelVersion");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(run, "run");
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    heldTipsC = List.copyOf(heldTipsC);
    iceBalls = List.copyOf(iceBalls);
    meridianContours = List.copyOf(meridianContours);
    contours = List.copyOf(contours);
    surfaces = List.copyOf(surfaces);
    exposureThresholdsC = List.copyOf(exposureThresholdsC);
    exposures = List.copyOf(exposures);
  }

  /** The same answer for another request id (a cached answer to an identical question). */
  Prediction forRequest(long id, double newWallSec) {
    return new Prediction(
        id,
        path,
        pathReason,
        modelVersion,
        validity,
        timesSec,
        isothermsC,
        heldTipsC,
        iceBalls,
        meridianContours,
        contours,
        surfaces,
        exposureThresholdsC,
        exposures,
        run,
        newWallSec);
  }
}
