package org.cryows.planner.thermal.axisym;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;

/**
 * What an axisymmetric run produced: per isotherm (in the order asked) and time, the ice-ball
 * length along the probe and its largest diameter, empty while the isotherm does not exist.
 */
public record AxisymmetricSolution(
    List<Double> timesSec,
    List<Double> isothermsC,
    List<List<OptionalDouble>> lengthsMm,
    List<List<OptionalDouble>> diametersMm,
    EnergyBalance energy,
    int radialCells,
    int axialCells,
    double timeStepSec) {

  public AxisymmetricSolution {
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    lengthsMm = lengthsMm.stream().map(List::copyOf).toList();
    diametersMm = diametersMm.stream().map(List::copyOf).toList();
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
