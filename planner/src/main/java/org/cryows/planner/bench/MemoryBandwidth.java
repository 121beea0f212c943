package org.cryows.planner.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The machine's sustainable memory bandwidth, measured the way the STREAM benchmark's triad does
 * (McCalpin, "Memory Bandwidth and Machine Balance", IEEE TCCA Newsletter 1995): a[i] = b[i] + s
 * c[i] over arrays far larger than the caches, on a few threads; bytes counted are the three arrays
 * (two read, one written). It is the ceiling a memory-bound solver sweep can approach.
 */
public final class MemoryBandwidth {

  /**
   * 3 x 32 Mi doubles = 768 MiB would be safe for caches but heavy; 3 x 8 Mi = 192 MiB is plenty.
   */
  static final int ELEMENTS = 8 * 1024 * 1024;

  static final int REPETITIONS = 7;

  private MemoryBandwidth() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(
        "memory bandwidth (triad, %d threads, 3 x %d MiB): %.1f GB/s%n",
        threads, ELEMENTS * 8L >> 20, measureGBPerSec(threads));
  }

  /** Median over {@link #REPETITIONS} triad passes, after one warm-up pass, in GB/s (1e9 B/s). */
  public static double measureGBPerSec(int threads) {
    double[] a = new double[ELEMENTS];
    double[] b = new double[ELEMENTS];
    double[] c = new double[ELEMENTS];
    Arrays.fill(b, 1.0);
    Arrays.fill(c, 2.0);
    double[] rates = new double[REPETITIONS];
    triad(a, b, c, 0.5, threads);
    for (int r = 0; r < REPETITIONS; r++) {
      long start = System.nanoTime();
      triad(a, b, c, 0.5 + r, threads);
      double seconds = (System.nanoTime() - start) * 1e-9;
      rates[r] = 3.0 * 8 * ELEMENTS / seconds / 1e9;
    }
    if (a[ELEMENTS / 2] < 0) {
      throw new IllegalStateException("the triad lost its values");
    }
    Arrays.sort(rates);
    return rates[REPETITIONS / 2];
  }

  private static void triad(double[] a, double[] b, double[] c, double scalar, int threads) {
    int chunk = (a.length + threads - 1) / threads;
    IntStream.range(0, threads)
        .parallel()
        .forEach(
            t -> {
              int from = t * chunk;
              int to = Math.min(a.length, from + chunk);
              for (int i = from; i < to; i++) {
                a[i] = b[i] + scalar * c[i];
              }
            });
  }
}
