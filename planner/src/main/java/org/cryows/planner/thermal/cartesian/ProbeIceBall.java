package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The ice around one probe, per isotherm (in the order asked) and output time: its length along the
 * probe axis and its largest diameter across it, empty while the isotherm does not reach that
 * probe. When the ice of several probes has merged, the diameter spans the merged ice.
 */
public record ProbeIceBall(
    int probeIndex,
    List<Double> timesSec,
    List<Double> isothermsC,
    List<List<OptionalDouble>> lengthsMm,
    List<List<OptionalDouble>> diametersMm) {

  public ProbeIceBall {
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
