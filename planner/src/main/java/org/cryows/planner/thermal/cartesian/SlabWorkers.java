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
 * passes are written that way). The calling thread works the last slab itself, so a pass wakes one
 * thread fewer (a step dispatches a pass per sweep and then some, thousands per run).
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
                threads - 1,
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
    int[] bounds = new int[slabs + 1];
    for (int s = 0; s <= slabs; s++) {
      bounds[s] = kFrom + (int) ((long) (kTo - kFrom) * s / slabs);
    }
    return run(bounds, figures, task);
  }

  /**
   * Runs the task over planes [bounds[0], bounds[n]) in the n slabs [bounds[s], bounds[s + 1]), one
   * per thread; the bounds must increase strictly and there must be no more slabs than threads.
   */
  double[][] run(int[] bounds, int figures, SlabTask task) {
    int slabs = bounds.length - 1;
    double[][] out = new double[slabs][figures];
    if (slabs <= 1) {
      task.run(bounds[0], bounds[slabs], out[0]);
      return out;
    }
    List<Future<Void>> started = new ArrayList<>(slabs - 1);
    for (int s = 0; s < slabs - 1; s++) {
      int from = bounds[s];
      int to = bounds[s + 1];
      double[] slabOut = out[s];
      Callable<Void> job =
          () -> {
            task.run(from, to, slabOut);
            return null;
          };
      started.add(executor.submit(job));
    }
    RuntimeException own = null;
    try {
      task.run(bounds[slabs - 1], bounds[slabs], out[slabs - 1]);
    } catch (RuntimeException e) {
      own = e;
    }
    try {
      for (Future<Void> done : started) {
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
    if (own != null) {
      throw own;
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

  /**
   * Slab bounds over planes [kFrom, kTo) that give each thread about the same work, {@code work[k]}
   * being plane k's: at least one plane per slab.
   */
  int[] balancedBounds(int kFrom, int kTo, long[] work) {
    int slabs = Math.max(1, Math.min(threads, kTo - kFrom));
    long total = 0;
    for (int k = kFrom; k < kTo; k++) {
      total += work[k];
    }
    int[] bounds = new int[slabs + 1];
    bounds[0] = kFrom;
    bounds[slabs] = kTo;
    long done = 0;
    int k = kFrom;
    for (int s = 1; s < slabs; s++) {
      long share = total * s / slabs;
      // Leave at least one plane for this slab and for each one after it.
      while (k < kTo - (slabs - s) && (k < bounds[s - 1] + 1 || done + work[k] / 2 < share)) {
        done += work[k];
        k++;
      }
      bounds[s] = k;
    }
    return bounds;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
