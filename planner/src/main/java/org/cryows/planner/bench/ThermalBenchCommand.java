package org.cryows.planner.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.planner.thermal.axisym.ActiveSegmentCondition;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolution;
import org.cryows.planner.thermal.axisym.AxisymmetricSolver;
import org.cryows.planner.thermal.axisym.ExplicitAxisymmetricSolver;
import org.cryows.treatment.FreezeCycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo bench thermal}: the axisymmetric fast path against the accuracy rule and its speed
 * against the explicit solver on the same case. Prints figures; asserts nothing.
 */
@Command(
    name = "thermal",
    description = {
      "Axisymmetric thermal benchmark: one 2 mm probe, 10 mm active at -88 C, generic tissue,"
          + " 3-minute freeze.",
      "Accuracy rule: 0 C and -20 C length and diameter within 0.1 mm of a run with half the"
          + " spacing and half the time step. Speed: median wall time (goal <= 100 ms) and its"
          + " ratio to the explicit solver on the same case, run side by side.",
      "Then the 3-D case: three probes in a muscle cube with a bone slab and a vessel, two freezes"
          + " and a thaw, at its accuracy rule (0.25 mm), with wall time, cell updates per second"
          + " and their fraction of the measured memory bandwidth."
    },
    mixinStandardHelpOptions = true)
public final class ThermalBenchCommand implements Callable<Integer> {

  static final double PROBE_RADIUS_MM = 1.0;
  static final double ACTIVE_LENGTH_MM = 10;
  static final double WALL_C = -88;
  static final double FREEZE_SEC = 180;
  static final double ACCURACY_RULE_MM = 0.1;
  static final double GOAL_MS = 100;
  static final List<Double> ISOTHERMS_C = List.of(0.0, -20.0);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--runs", description = "Timed runs of the fast path (default ${DEFAULT-VALUE}).")
  int runs = 9;

  @Option(
      names = "--warm-up-runs",
      description =
          "Untimed runs of the fast path before the timed ones, besides the two accuracy runs"
              + " (default ${DEFAULT-VALUE}).")
  int warmUpRuns = 5;

  @Option(
      names = "--baseline-runs",
      description = "Timed runs of the explicit solver (default ${DEFAULT-VALUE}; about a minute).")
  int baselineRuns = 1;

  @Option(
      names = "--dx-mm",
      description = "Finest spacing of the fast path (default ${DEFAULT-VALUE}).")
  double spacingMm = AxisymmetricProblem.DEFAULT_SPACING_MM;

  @Option(names = "--dt-s", description = "Largest time step (default ${DEFAULT-VALUE}).")
  double timeStepSec = AxisymmetricProblem.DEFAULT_TIME_STEP_SEC;

  @Option(
      names = "--skip-3d",
      description = "Leave out the 3-D three-probe case (it takes minutes on 2 cores).")
  boolean skipThreeD;

  static AxisymmetricProblem benchmarkCase(double spacingMm, double timeStepSec) {
    return new AxisymmetricProblem(
        TissueCatalog.byName("generic"),
        false,
        PROBE_RADIUS_MM,
        ACTIVE_LENGTH_MM,
        new ActiveSegmentCondition.WallTemperature(WALL_C),
        List.of(new FreezeCycle(FREEZE_SEC, 0)),
        Optional.empty(),
        Optional.empty(),
        37,
        37,
        spacingMm,
        timeStepSec,
        List.of(FREEZE_SEC),
        ISOTHERMS_C,
        AxisymmetricProblem.DEFAULT_EXPOSURE_THRESHOLDS_C,
        12);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    var solver = new AxisymmetricSolver();
    AxisymmetricProblem problem = benchmarkCase(spacingMm, timeStepSec);
    AxisymmetricProblem reference = problem.withResolution(spacingMm / 2, timeStepSec / 2);
    out.printf(
        "thermal bench: axisym, %.1f mm probe, %.0f mm active at %.0f C, generic tissue, %.0f s"
            + " freeze%n",
        2 * PROBE_RADIUS_MM, ACTIVE_LENGTH_MM, WALL_C, FREEZE_SEC);
    out.flush();
    // The first run pays for class loading and interpretation before the JIT compiles the solver.
    long coldStart = System.nanoTime();
    AxisymmetricSolution run = solver.solve(problem);
    double coldMs = (System.nanoTime() - coldStart) * 1e-6;
    AxisymmetricSolution refined = solver.solve(reference);
    out.printf(
        "fast path: %.3g mm finest, %.3g s largest step: %d x %d cells, %d steps%n",
        spacingMm, timeStepSec, run.radialCells(), run.axialCells(), run.steps());
    out.printf(
        "reference: %.3g mm, %.3g s: %d x %d cells, %d steps%n",
        spacingMm / 2,
        timeStepSec / 2,
        refined.radialCells(),
        refined.axialCells(),
        refined.steps());
    boolean accurate = true;
    out.println("isotherm  figure      run mm   reference mm   difference mm");
    for (double isotherm : ISOTHERMS_C) {
      accurate &= printFigure(out, "length", isotherm, run, refined, true);
      accurate &= printFigure(out, "diameter", isotherm, run, refined, false);
    }
    out.printf(
        "accuracy rule (|difference| <= %.2f mm): %s%n",
        ACCURACY_RULE_MM, accurate ? "met" : "NOT met");
    out.printf("energy imbalance: %.2e (relative)%n", run.energy().relativeImbalance());
    out.flush();

    for (int n = 0; n < warmUpRuns; n++) {
      solver.solve(problem);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
    double[] fastMs = new double[runs];
    double[] fastCpuMs = new double[runs];
    for (int n = 0; n < runs; n++) {
      long cpuStart = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      solver.solve(problem);
      fastMs[n] = (System.nanoTime() - start) * 1e-6;
      fastCpuMs[n] = cpuTimed ? (threads.getCurrentThreadCpuTime() - cpuStart) * 1e-6 : Double.NaN;
    }
    double fastMedianMs = median(fastMs);
    out.printf(
        "fast path wall time: median %.1f ms over %d runs after %d warm-up runs (min %.1f, max"
            + " %.1f); goal <= %.0f ms: %s%n",
        fastMedianMs,
        runs,
        warmUpRuns + 2,
        Arrays.stream(fastMs).min().orElseThrow(),
        Arrays.stream(fastMs).max().orElseThrow(),
        GOAL_MS,
        fastMedianMs <= GOAL_MS ? "met" : "NOT met");
    out.printf(
        "fast path first (cold) run: %.1f ms; thread CPU time per run: median %.1f ms%n",
        coldMs, median(fastCpuMs));
    out.println(MachineLine.describe());
    out.flush();

    if (baselineRuns > 0) {
      var explicit = new ExplicitAxisymmetricSolver();
      double[] baselineMs = new double[baselineRuns];
      AxisymmetricSolution baseline = null;
      for (int n = 0; n < baselineRuns; n++) {
        long start = System.nanoTime();
        baseline = explicit.solve(problem);
        baselineMs[n] = (System.nanoTime() - start) * 1e-6;
      }
      double baselineMedianMs = median(baselineMs);
      out.printf(
          "baseline (explicit, uniform %.3g mm grid): %d x %d cells, %d steps of %.3g ms; median"
              + " %.0f ms over %d runs%n",
          spacingMm,
          baseline.radialCells(),
          baseline.axialCells(),
          baseline.steps(),
          baseline.timeStepSec() * 1e3,
          baselineMedianMs,
          baselineRuns);
      for (double isotherm : ISOTHERMS_C) {
        out.printf(
            "baseline %5.0f C: length %.3f mm, diameter %.3f mm%n",
            isotherm,
            baseline.lengthMm(isotherm, FREEZE_SEC).orElse(Double.NaN),
            baseline.diameterMm(isotherm, FREEZE_SEC).orElse(Double.NaN));
      }
      out.printf(
          "speed-up: %.1f x (baseline median / fast-path median)%n",
          baselineMedianMs / fastMedianMs);
    }
    out.flush();
    if (!skipThreeD) {
      // The 3-D case prints to the process's standard output, where this command's output goes.
      CartesianBenchmark.run(System.out);
    }
    return 0;
  }

  private static boolean printFigure(
      PrintWriter out,
      String name,
      double isotherm,
      AxisymmetricSolution run,
      AxisymmetricSolution refined,
      boolean length) {
    double value =
        (length ? run.lengthMm(isotherm, FREEZE_SEC) : run.diameterMm(isotherm, FREEZE_SEC))
            .orElse(Double.NaN);
    double reference =
        (length ? refined.lengthMm(isotherm, FREEZE_SEC) : refined.diameterMm(isotherm, FREEZE_SEC))
            .orElse(Double.NaN);
    double difference = value - reference;
    out.printf("%6.0f C  %-9s %9.3f %13.3f %14.3f%n", isotherm, name, value, reference, difference);
    return Math.abs(difference) <= ACCURACY_RULE_MM;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle]);
  }
}
