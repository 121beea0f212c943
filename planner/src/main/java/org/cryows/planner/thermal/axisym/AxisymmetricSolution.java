package org.cryows.planner.thermal.axisym;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;

/**
 * What an axisymmetric run produced: per isotherm (in the order asked) and time, the ice-ball
 * length along the probe and its largest diameter, empty while the isotherm does not exist; the
 * isotherms as (r, z) contours; what each point went through (when the solver tracks it); the heat
 * books; and the grid, steps and model version, so that the prediction can be reproduced from its
 * problem.
 *
 * @param contours per output time, one contour per isotherm in the order asked
 * @param fields the temperature at each output time (empty when the solver keeps none)
 * @param timeStepSec the largest time step (implicit) or the fixed one (explicit)
 */
public record AxisymmetricSolution(
    List<Double> timesSec,
    List<Double> isothermsC,
    List<List<OptionalDouble>> lengthsMm,
    List<List<OptionalDouble>> diametersMm,
    List<IsothermContour> contours,
    List<AxisymmetricField> fields,
    Optional<ExposureMap> exposure,
    EnergyBalance energy,
    int radialCells,
    int axialCells,
    double timeStepSec,
    int steps,
    String modelVersion) {

  public AxisymmetricSolution {
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    lengthsMm = lengthsMm.stream().map(List::copyOf).toList();
    diametersMm = diametersMm.stream().map(List::copyOf).toList();
    contours = List.copyOf(contours);
    fields = List.copyOf(fields);
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(modelVersion, "modelVersion");
    if (lengthsMm.size() != isothermsC.size() || diametersMm.size() != isothermsC.size()) {
      throw new IllegalArgumentException("one length and one diameter series per isotherm");
    }
  }

  public OptionalDouble lengthMm(double isothermC, double timeSec) {
    return lengthsMm.get(isotherm(isothermC)).get(time(timeSec));
  }

  public OptionalDouble diameterMm(double isothermC, double timeSec) {
    return diametersMm.get(isotherm(isothermC)).get(time(timeSec));
  }

  /** The contour of one isotherm at one output time. */
  public IsothermContour contour(double isothermC, double timeSec) {
    if (contours.isEmpty()) {
      throw new IllegalArgumentException("this solver does not trace contours");
    }
    return contours.get(time(timeSec) * isothermsC.size() + isotherm(isothermC));
  }

  private int isotherm(double isothermC) {
    int index = isothermsC.indexOf(isothermC);
    if (index < 0) {
      throw new IllegalArgumentException("no isotherm " + isothermC + " C was computed");
    }
    return index;
  }

  private int time(double timeSec) {
    int index = timesSec.indexOf(timeSec);
    if (index < 0) {
      throw new IllegalArgumentException("no result at " + timeSec + " s was computed");
    }
    return index;
  }
}
