package org.cryows.ui.planes.model;

import java.util.Arrays;
import org.cryows.imaging.volume.Volume;

/**
 * What a volume's values are like, from a sample of its voxels (every few voxels along a row and
 * down a column, every slice): the range most of them span, for a window when the series has none,
 * and a threshold between background and body for a surface when the values are not Hounsfield
 * units.
 *
 * @param lowPercentile the value below which {@value #TAIL_PERCENT} % of the samples lie
 * @param highPercentile the value above which {@value #TAIL_PERCENT} % of the samples lie
 * @param otsuThreshold the threshold that best splits the samples into two classes (Otsu, 1979)
 */
public record VolumeValues(double lowPercentile, double highPercentile, double otsuThreshold) {

  /** The share of samples left out at each end of the range, in percent. */
  public static final double TAIL_PERCENT = 0.5;

  /** Samples about this many voxels at most. */
  static final int TARGET_SAMPLES = 1 << 20;

  private static final int BINS = 256;

  public static VolumeValues of(Volume volume) {
    long voxels = (long) volume.columns() * volume.rows() * volume.slices();
    int stride = (int) Math.max(1, Math.ceil(Math.sqrt((double) voxels / TARGET_SAMPLES)));
    int perSlice =
        ((volume.columns() + stride - 1) / stride) * ((volume.rows() + stride - 1) / stride);
    double[] samples = new double[perSlice * volume.slices()];
    int n = 0;
    for (int k = 0; k < volume.slices(); k++) {
      for (int j = 0; j < volume.rows(); j += stride) {
        for (int i = 0; i < volume.columns(); i += stride) {
          samples[n++] = volume.value(i, j, k);
        }
      }
    }
    double[] sorted = Arrays.copyOf(samples, n);
    Arrays.sort(sorted);
    double low = sorted[(int) Math.floor((n - 1) * TAIL_PERCENT / 100)];
    double high = sorted[(int) Math.ceil((n - 1) * (100 - TAIL_PERCENT) / 100)];
    return new VolumeValues(low, high, otsu(sorted));
  }

  /** Otsu's threshold over a 256-bin histogram of the sorted samples' whole range. */
  static double otsu(double[] sorted) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (max <= min) {
      return min;
    }
    long[] histogram = new long[BINS];
    double binWidth = (max - min) / BINS;
    for (double v : sorted) {
      histogram[Math.min(BINS - 1, (int) ((v - min) / binWidth))]++;
    }
    long total = sorted.length;
    double sumAll = 0;
    for (int b = 0; b < BINS; b++) {
      sumAll += b * (double) histogram[b];
    }
    long below = 0;
    double sumBelow = 0;
    double bestVariance = -1;
    int bestBin = 0;
    for (int b = 0; b < BINS - 1; b++) {
      below += histogram[b];
      sumBelow += b * (double) histogram[b];
      long above = total - below;
      if (below == 0 || above == 0) {
        continue;
      }
      double meanBelow = sumBelow / below;
      double meanAbove = (sumAll - sumBelow) / above;
      double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
      if (between > bestVariance) {
        bestVariance = between;
        bestBin = b;
      }
    }
    return min + (bestBin + 1) * binWidth;
  }

  /** The window from the low to the high percentile, at least 1 wide. */
  public double windowCenter() {
    return (lowPercentile + highPercentile) / 2;
  }

  public double windowWidth() {
    return Math.max(1, highPercentile - lowPercentile);
  }
}
