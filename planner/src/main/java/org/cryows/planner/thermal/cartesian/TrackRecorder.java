package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * Follows the temperature at nerve-track points through a run (trilinear interpolation between cell
 * centres, fixed stencils), keeping each point's minimum and its time at or below the threshold.
 */
final class TrackRecorder {

  private final List<NerveTrack> tracks;
  private final int[][][] stencilCells;
  private final double[][][] stencilWeights;
  private final double[][] minimumC;
  private final double[][] belowSec;
  private final double[][] lastC;

  TrackRecorder(CartesianGrid grid, ImplicitStepper field, List<NerveTrack> tracks) {
    this.tracks = tracks;
    int count = tracks.size();
    stencilCells = new int[count][][];
    stencilWeights = new double[count][][];
    minimumC = new double[count][];
    belowSec = new double[count][];
    lastC = new double[count][];
    for (int t = 0; t < count; t++) {
      List<Vector3> points = tracks.get(t).pointsMm();
      stencilCells[t] = new int[points.size()][8];
      stencilWeights[t] = new double[points.size()][8];
      minimumC[t] = new double[points.size()];
      belowSec[t] = new double[points.size()];
      lastC[t] = new double[points.size()];
      for (int p = 0; p < points.size(); p++) {
        stencil(grid, field, points.get(p), stencilCells[t][p], stencilWeights[t][p]);
        lastC[t][p] = sample(field, t, p);
        minimumC[t][p] = lastC[t][p];
      }
    }
  }

  void afterStep(ImplicitStepper field, double stepSec) {
    for (int t = 0; t < tracks.size(); t++) {
      double threshold = tracks.get(t).thresholdC();
      for (int p = 0; p < minimumC[t].length; p++) {
        double before = lastC[t][p];
        double now = sample(field, t, p);
        minimumC[t][p] = Math.min(minimumC[t][p], now);
        belowSec[t][p] += stepSec * shareBelow(before, now, threshold);
        lastC[t][p] = now;
      }
    }
  }

  List<TrackExposure> exposures() {
    List<TrackExposure> exposures = new ArrayList<>();
    for (int t = 0; t < tracks.size(); t++) {
      exposures.add(
          new TrackExposure(
              tracks.get(t),
              Arrays.stream(minimumC[t]).boxed().toList(),
              Arrays.stream(belowSec[t]).boxed().toList()));
    }
    return exposures;
  }

  /** Share of a step spent at or below the threshold, temperature linear in time. */
  static double shareBelow(double beforeC, double nowC, double thresholdC) {
    boolean coldBefore = beforeC <= thresholdC;
    boolean coldNow = nowC <= thresholdC;
    if (coldBefore && coldNow) {
      return 1;
    }
    if (!coldBefore && !coldNow) {
      return 0;
    }
    double crossing = (thresholdC - beforeC) / (nowC - beforeC);
    return coldNow ? 1 - crossing : crossing;
  }

  private double sample(ImplicitStepper field, int track, int point) {
    double sum = 0;
    int[] cells = stencilCells[track][point];
    double[] weights = stencilWeights[track][point];
    for (int n = 0; n < 8; n++) {
      sum += weights[n] * field.conservedTemperatureC(cells[n]);
    }
    return sum;
  }

  private static void stencil(
      CartesianGrid grid, ImplicitStepper field, Vector3 point, int[] cells, double[] weights) {
    int[] low = new int[3];
    int[] high = new int[3];
    double[] upper = new double[3];
    for (int axis = 0; axis < 3; axis++) {
      double c = point.coordinate(axis);
      int below = grid.centreBelow(axis, c);
      int last = grid.cells(axis) - 1;
      low[axis] = Math.clamp(below, 0, last);
      high[axis] = Math.clamp(below + 1, 0, last);
      upper[axis] =
          low[axis] == high[axis]
              ? 0
              : Math.clamp(
                  (c - grid.centreMm(axis, low[axis]))
                      / (grid.centreMm(axis, high[axis]) - grid.centreMm(axis, low[axis])),
                  0.0,
                  1.0);
    }
    for (int b = 0; b < 8; b++) {
      int i = (b & 1) == 0 ? low[0] : high[0];
      int j = ((b >> 1) & 1) == 0 ? low[1] : high[1];
      int k = ((b >> 2) & 1) == 0 ? low[2] : high[2];
      cells[b] = field.index(i + 1, j + 1, k + 1);
      weights[b] =
          ((b & 1) == 0 ? 1 - upper[0] : upper[0])
              * (((b >> 1) & 1) == 0 ? 1 - upper[1] : upper[1])
              * (((b >> 2) & 1) == 0 ? 1 - upper[2] : upper[2]);
    }
  }
}
