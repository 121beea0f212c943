package org.cryows.planner.thermal.oned;

import java.util.List;
import java.util.OptionalDouble;
import org.cryows.planner.thermal.EnergyBalance;

/**
 * What a one-dimensional run produced.
 *
 * @param frontsMm per isotherm (in the order asked), the front at each time, empty while the
 *     isotherm does not exist
 * @param profiles the field at each time
 * @param exposure each cell's lowest temperature and time below the thresholds over the run
 * @param energy the heat books at the last time
 * @param timeStepSec the explicit step used
 */
public record Solution1d(
    List<Double> timesSec,
    List<Double> isothermsC,
    List<List<OptionalDouble>> frontsMm,
    List<Profile1d> profiles,
    Exposure1d exposure,
    EnergyBalance energy,
    int cellCount,
    double timeStepSec) {

  public Solution1d {
    timesSec = List.copyOf(timesSec);
    isothermsC = List.copyOf(isothermsC);
    frontsMm = frontsMm.stream().map(List::copyOf).toList();
    profiles = List.copyOf(profiles);
    java.util.Objects.requireNonNull(exposure, "exposure");
    if (frontsMm.size() != isothermsC.size()) {
      throw new IllegalArgumentException("one front series per isotherm");
    }
  }

  /** The front of one isotherm at one time. */
  public OptionalDouble frontMm(double isothermC, double timeSec) {
    int isotherm = isothermsC.indexOf(isothermC);
    int time = timesSec.indexOf(timeSec);
    if (isotherm < 0 || time < 0) {
      throw new IllegalArgumentException(
          "no front computed for " + isothermC + " C at " + timeSec + " s");
    }
    return frontsMm.get(isotherm).get(time);
  }
}
