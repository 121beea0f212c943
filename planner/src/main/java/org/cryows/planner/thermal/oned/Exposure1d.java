package org.cryows.planner.thermal.oned;

import java.util.List;

/**
 * What every cell went through during a one-dimensional run: its lowest temperature and the time it
 * spent at or below each threshold (within a step the temperature is taken as linear in time).
 *
 * @param positionsMm cell midpoints, as in {@link Profile1d}
 * @param secondsAtOrBelow per threshold, per cell
 */
public record Exposure1d(
    List<Double> positionsMm,
    List<Double> minimumTemperaturesC,
    List<Double> thresholdsC,
    List<List<Double>> secondsAtOrBelow) {

  public Exposure1d {
    positionsMm = List.copyOf(positionsMm);
    minimumTemperaturesC = List.copyOf(minimumTemperaturesC);
    thresholdsC = List.copyOf(thresholdsC);
    secondsAtOrBelow = secondsAtOrBelow.stream().map(List::copyOf).toList();
    if (minimumTemperaturesC.size() != positionsMm.size()
        || secondsAtOrBelow.size() != thresholdsC.size()) {
      throw new IllegalArgumentException("one value per cell and one series per threshold");
    }
  }

  /** Lowest temperature of the cell that holds the position. */
  public double minimumTemperatureC(double positionMm) {
    return minimumTemperaturesC.get(nearest(positionMm));
  }

  public double secondsAtOrBelowC(double thresholdC, double positionMm) {
    int index = thresholdsC.indexOf(thresholdC);
    if (index < 0) {
      throw new IllegalArgumentException(
          "no exposure computed for " + thresholdC + " C; computed: " + thresholdsC);
    }
    return secondsAtOrBelow.get(index).get(nearest(positionMm));
  }

  private int nearest(double positionMm) {
    int best = 0;
    for (int i = 1; i < positionsMm.size(); i++) {
      if (Math.abs(positionsMm.get(i) - positionMm)
          < Math.abs(positionsMm.get(best) - positionMm)) {
        best = i;
      }
    }
    return best;
  }
}
