package org.cryows.planner.thermal.axisym;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Follows every tissue cell through a run: its lowest temperature, and for each threshold how long
 * it has been at or below it. Within a step the temperature is taken as linear in time, so a cell
 * that crosses a threshold is credited with the share of the step it spent beyond it.
 */
final class ExposureTracker {

  private final AxisymmetricGrid grid;
  private final boolean[] tissue;
  private final double[] temperature;
  private final double[] previous;
  private final double[] minimumC;
  private final List<Double> thresholdsC;
  private final double[][] secondsBelow;

  ExposureTracker(
      AxisymmetricGrid grid, boolean[] tissue, double[] temperature, List<Double> thresholdsC) {
    this.grid = grid;
    this.tissue = tissue;
    this.temperature = temperature;
    this.previous = temperature.clone();
    this.minimumC = temperature.clone();
    this.thresholdsC = List.copyOf(thresholdsC);
    this.secondsBelow = new double[thresholdsC.size()][temperature.length];
  }

  void record(double stepSec) {
    for (int c = 0; c < temperature.length; c++) {
      if (!tissue[c]) {
        continue;
      }
      double before = previous[c];
      double after = temperature[c];
      minimumC[c] = Math.min(minimumC[c], after);
      for (int n = 0; n < thresholdsC.size(); n++) {
        secondsBelow[n][c] += stepSec * shareAtOrBelow(before, after, thresholdsC.get(n));
      }
      previous[c] = after;
    }
  }

  /**
   * Share of a step, linear from {@code before} to {@code after}, spent at or below a threshold.
   */
  static double shareAtOrBelow(double before, double after, double thresholdC) {
    boolean startBelow = before <= thresholdC;
    boolean endBelow = after <= thresholdC;
    if (startBelow && endBelow) {
      return 1;
    }
    if (!startBelow && !endBelow) {
      return 0;
    }
    double crossing = (thresholdC - before) / (after - before);
    return startBelow ? crossing : 1 - crossing;
  }

  ExposureMap map() {
    double[] minimum = minimumC.clone();
    List<List<Double>> seconds = new ArrayList<>();
    for (double[] series : secondsBelow) {
      double[] copy = series.clone();
      for (int c = 0; c < copy.length; c++) {
        if (!tissue[c]) {
          copy[c] = Double.NaN;
        }
      }
      seconds.add(Arrays.stream(copy).boxed().toList());
    }
    for (int c = 0; c < minimum.length; c++) {
      if (!tissue[c]) {
        minimum[c] = Double.NaN;
      }
    }
    return new ExposureMap(
        Arrays.stream(grid.radialFacesM).map(x -> x * 1e3).boxed().toList(),
        Arrays.stream(grid.axialFacesM).map(x -> x * 1e3).boxed().toList(),
        Arrays.stream(minimum).boxed().toList(),
        thresholdsC,
        seconds);
  }
}
