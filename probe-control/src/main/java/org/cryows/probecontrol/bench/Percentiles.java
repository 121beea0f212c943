package org.cryows.probecontrol.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample, nearest-rank. */
record Percentiles(int count, double p50, double p99, double max) {

  static Percentiles of(List<Long> values) {
    if (values.isEmpty()) {
      return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new Percentiles(
        sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The nearest-rank percentile: the smallest value with at least p of the sample at or below. */
  private static double rank(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }
}
