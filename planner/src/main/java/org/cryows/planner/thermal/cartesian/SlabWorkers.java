package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one pass over the grid in slabs of z-planes on a few threads and combines what each slab
 * reports. A slab task must only write cells of its own slab (the red-black sweeps and the per-cell
 * passes are written that way).
 */
final class SlabWorkers implements AutoCloseable {

  /** Work on planes [kFrom, kTo) and report figures in {@code out} (combined by the caller). */
  interface SlabTask {
    void run(int kFrom, int kTo, double[] out);
  }

  private final int threads;
  private final ExecutorService executor;

  SlabWorkers(int threads) {
    this.threads = threads;
    this.executor =
        threads > 1
            ? Executors.newFixedThreadPool(
                threads,
                runnable -> {
                  Thread thread = new Thread(runnable, "cartesian-solver");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
  }

  /**
   * Runs the task over planes [kFrom, kTo), one slab per thread, and returns the figures of every
   * slab: row s holds slab s's {@code out} array of length {@code figures}.
   */
  double[][] run(int kFrom, int kTo, int figures, SlabTask task) {
    int slabs = Math.min(threads, kTo - kFrom);
    double[][] out = new double[slabs][figures];
    if (slabs <= 1) {
      task.run(kFrom, kTo, out[0]);
      return out;
    }
    List<Callable<Void>> jobs = new ArrayList<>();
    for (int s = 0; s < slabs; s++) {
      int from = kFrom + (int) ((long) (kTo - kFrom) * s / slabs);
      int to = kFrom + (int) ((long) (kTo - kFrom) * (s + 1) / slabs);
      double[] slabOut = out[s];
      jobs.add(
          () -> {
            task.run(from, to, slabOut);
            return null;
          });
    }
    try {
      for (Future<Void> done : executor.invokeAll(jobs)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    return out;
  }

  static double max(double[][] out, int figure) {
    double max = Double.NEGATIVE_INFINITY;
    for (double[] slab : out) {
      max = Math.max(max, slab[figure]);
    }
    return max;
  }

  static double sum(double[][] out, int figure) {
    double sum = 0;
    for (double[] slab : out) {
      sum += slab[figure];
    }
    return sum;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
