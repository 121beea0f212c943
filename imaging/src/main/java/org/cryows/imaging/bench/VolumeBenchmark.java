package org.cryows.imaging.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Reslicer;
import org.cryows.imaging.volume.SliceSource;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeException;
import org.cryows.imaging.volume.VolumeLoader;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The volume benchmark of {@code ./cryo bench imaging}: loads the synthetic 512 x 512 x 400 CT
 * series through {@link VolumeLoader} (frames from an in-memory frame source), prints the load time
 * and the retained heap against the raw voxel size, then runs {@link ResliceBenchmark} in this JVM
 * under JMH and prints the median oblique reslice time beside the naive baseline's. Figures are
 * printed, never judged here; the goals are printed beside them.
 */
public final class VolumeBenchmark {

  private static final int LOADS = 3;

  private VolumeBenchmark() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  public static void run(PrintStream out)
      throws VolumeException, DicomReadException, RunnerException {
    int size = ResliceBenchmark.SIZE;
    int slices = ResliceBenchmark.SLICES;
    out.printf(
        Locale.ROOT,
        "volume: synthetic CT %d x %d x %d, 16-bit, %d processors%n",
        size,
        size,
        slices,
        Runtime.getRuntime().availableProcessors());
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    double[] loadMs = new double[LOADS];
    double[] retained = new double[LOADS];
    Volume volume = null;
    for (int n = 0; n < LOADS; n++) {
      volume = null; // let the previous load go before measuring the baseline
      long before = usedHeapAfterGc(memory);
      List<SliceSource> series = VolumeSyntheticCt.series(size, slices);
      long start = System.nanoTime();
      volume = new VolumeLoader().load(series);
      loadMs[n] = (System.nanoTime() - start) / 1e6;
      series = null;
      long after = usedHeapAfterGc(memory);
      retained[n] = after - before;
    }
    double raw = volume.rawBytes();
    out.printf(
        Locale.ROOT,
        "volume: load median %.0f ms (%s ms over %d loads, %d threads)%n",
        median(loadMs),
        Arrays.toString(Arrays.stream(loadMs).mapToLong(Math::round).toArray()),
        LOADS,
        Runtime.getRuntime().availableProcessors());
    out.printf(
        Locale.ROOT,
        "volume: retained heap median %.1f MB for %.1f MB raw: ratio %.3f (goal <= 1.3)%n",
        median(retained) / 1e6,
        raw / 1e6,
        median(retained) / raw);

    ResliceBenchmark.prepared = volume;
    try {
      double[] medians = jmhMedians(out);
      if (medians == null) {
        medians = loopMedians(volume, out);
      }
      out.printf(
          Locale.ROOT,
          "volume: oblique 512 x 512 reslice median %.2f ms (goal <= 10 ms); naive baseline %.2f"
              + " ms; ratio %.3f%n",
          medians[0],
          medians[1],
          medians[0] / medians[1]);
    } finally {
      ResliceBenchmark.prepared = null;
    }
  }

  /** Medians in ms of the two benchmarks under JMH, or null when the benchmark list is absent. */
  private static double[] jmhMedians(PrintStream out) throws RunnerException {
    if (VolumeBenchmark.class.getResource("/META-INF/BenchmarkList") == null) {
      out.println(
          "volume: META-INF/BenchmarkList is missing (the JMH annotation processor did not run:"
              + " compile with -proc:full); timing by a plain loop instead");
      return null;
    }
    Options options =
        new OptionsBuilder()
            .include(ResliceBenchmark.class.getName() + "\\.")
            .forks(0)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    double oblique = Double.NaN;
    double naive = Double.NaN;
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      double medianMs = result.getPrimaryResult().getStatistics().getPercentile(50);
      long samples = result.getPrimaryResult().getStatistics().getN();
      out.printf(
          Locale.ROOT,
          "volume: JMH %s: median %.3f ms over %d samples%n",
          method.substring(method.lastIndexOf('.') + 1),
          medianMs,
          samples);
      if (method.endsWith(".oblique")) {
        oblique = medianMs;
      } else if (method.endsWith(".naiveBaseline")) {
        naive = medianMs;
      }
    }
    return new double[] {oblique, naive};
  }

  private static double[] loopMedians(Volume volume, PrintStream out) {
    ReslicePlane plane = ResliceBenchmark.obliquePlane(volume);
    Reslicer reslicer = new Reslicer(volume, -1024);
    float[] buffer = new float[plane.columns() * plane.rows()];
    double[] fast = new double[40];
    double[] naive = new double[10];
    for (int warm = 0; warm < 20; warm++) {
      reslicer.resliceInto(plane, buffer);
    }
    for (int n = 0; n < fast.length; n++) {
      long start = System.nanoTime();
      reslicer.resliceInto(plane, buffer);
      fast[n] = (System.nanoTime() - start) / 1e6;
    }
    for (int warm = 0; warm < 3; warm++) {
      ResliceBaseline.resliceInto(volume, plane, -1024, buffer);
    }
    for (int n = 0; n < naive.length; n++) {
      long start = System.nanoTime();
      ResliceBaseline.resliceInto(volume, plane, -1024, buffer);
      naive[n] = (System.nanoTime() - start) / 1e6;
    }
    return new double[] {median(fast), median(naive)};
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    // Several collections: the first may leave garbage promoted meanwhile; take the lowest.
    for (int n = 0; n < 3; n++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
