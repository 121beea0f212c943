package org.cryows.ui.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Timings of repeated runs: their median and the runs themselves, for printing. */
record Samples(double[] values) {

  Samples {
    values = values.clone();
  }

  double median() {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** "412 398 405" (rounded, in run order). */
  String runs() {
    return Arrays.stream(values)
        .mapToObj(v -> String.format(Locale.ROOT, "%.0f", v))
        .collect(Collectors.joining(" "));
  }
}
