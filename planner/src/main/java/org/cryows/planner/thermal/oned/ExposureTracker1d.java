package org.cryows.planner.thermal.oned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Follows every cell of a one-dimensional run: its lowest temperature and the time at or below each
 * threshold, the temperature taken as linear in time within a step.
 */
final class ExposureTracker1d {

  private final Grid1d grid;
  private final double[] previous;
  private final double[] minimumC;
  private final List<Double> thresholdsC;
  private final double[][] secondsBelow;

  ExposureTracker1d(Grid1d grid, double[] initialTemperature, List<Double> thresholdsC) {
    this.grid = grid;
    this.previous = initialTemperature.clone();
    this.minimumC = initialTemperature.clone();
    this.thresholdsC = List.copyOf(thresholdsC);
    this.secondsBelow = new double[thresholdsC.size()][initialTemperature.length];
  }

  void record(double[] temperature, double stepSec) {
    for (int i = 0; i < temperature.length; i++) {
      double before = previous[i];
      double after = temperature[i];
      minimumC[i] = Math.min(minimumC[i], after);
      for (int n = 0; n < thresholdsC.size(); n++) {
        secondsBelow[n][i] += stepSec * shareAtOrBelow(before, after, thresholdsC.get(n));
      }
      previous[i] = after;
    }
  }

  /**
   * Share of a step, linear from {@code before} to {@code after}, spent at or below a threshold.
   */
  static double shareAtOrBelow(double before, double after, double thresholdC) {
    boolean startBelow = before <= thresholdC;
    boolean endBelow = after <= thresholdC;
    if (startBelow == endBelow) {
      return startBelow ? 1 : 0;
    }
    double crossing = (thresholdC - before) / (after - before);
    return startBelow ? crossing : 1 - crossing;
  }

  Exposure1d result() {
    List<Double> positions = new ArrayList<>(previous.length);
    for (int i = 0; i < previous.length; i++) {
      positions.add(grid.centerM(i) * 1e3);
    }
    List<List<Double>> seconds = new ArrayList<>();
    for (double[] series : secondsBelow) {
      seconds.add(Arrays.stream(series).boxed().toList());
    }
    return new Exposure1d(
        positions, Arrays.stream(minimumC).boxed().toList(), thresholdsC, seconds);
  }
}
