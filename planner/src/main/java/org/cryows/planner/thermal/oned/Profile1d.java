package org.cryows.planner.thermal.oned;

import java.util.List;

/**
 * The temperature field at one time: cell midpoints from the wall or axis outwards.
 *
 * @param positionsMm distance from the wall (planar) or radius (cylinder, sphere)
 */
public record Profile1d(
    double timeSec,
    List<Double> positionsMm,
    List<Double> temperaturesC,
    List<Double> liquidFractions) {

  public Profile1d {
    positionsMm = List.copyOf(positionsMm);
    temperaturesC = List.copyOf(temperaturesC);
    liquidFractions = List.copyOf(liquidFractions);
    if (positionsMm.size() != temperaturesC.size()
        || positionsMm.size() != liquidFractions.size()) {
      throw new IllegalArgumentException("one temperature and liquid fraction per position");
    }
  }

  /** Temperature at a position, linear between midpoints, clamped to the first and last. */
  public double temperatureAtC(double positionMm) {
    int last = positionsMm.size() - 1;
    if (positionMm <= positionsMm.getFirst()) {
      return temperaturesC.getFirst();
    }
    for (int i = 1; i <= last; i++) {
      if (positionMm <= positionsMm.get(i)) {
        double share =
            (positionMm - positionsMm.get(i - 1)) / (positionsMm.get(i) - positionsMm.get(i - 1));
        return temperaturesC.get(i - 1) + share * (temperaturesC.get(i) - temperaturesC.get(i - 1));
      }
    }
    return temperaturesC.get(last);
  }
}
