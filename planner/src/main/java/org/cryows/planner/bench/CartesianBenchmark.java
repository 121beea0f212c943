package org.cryows.planner.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.cartesian.CartesianProblem;
import org.cryows.planner.thermal.cartesian.CartesianSolution;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.planner.thermal.cartesian.ProbePlacement;
import org.cryows.planner.thermal.cartesian.TissueLabelVolume;
import org.cryows.planner.thermal.cartesian.Vessel;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;

/**
 * The 3-D case of the thermal benchmark (issue 4): three 2 mm probes with 10 mm active length,
 * parallel, 10 mm apart in a row, centred in a 50 mm cube of muscle, with a cortical-bone slab 4 mm
 * below the probe plane and a 3 mm vessel at 37 C running across 5 mm above it; two 3-minute
 * freezes with a 1-minute passive thaw between.
 *
 * <p>Accuracy first: the run counts when its 0 C and -20 C ice length and diameter are within
 * {@value #ACCURACY_MM} mm of a run with half the spacing and half the time step. Then speed:
 * median wall time of a few warm runs, cell updates per second, and that rate as a share of the
 * machine's memory bandwidth measured in the same run ({@link MemoryBandwidth}). Printed only;
 * nothing is asserted.
 *
 * <p>Frame: probes along +z (tip at z = -5 mm, active segment to z = +5 mm) at x = -10, 0, 10 mm in
 * the plane y = 0; bone from y = -8 to -4 mm (4 mm thick, an assumption: the issue gives its
 * position only); the vessel's axis along x at y = +5 mm, z = 0.
 */
public final class CartesianBenchmark {

  static final double ACCURACY_MM = 0.25;
  static final double SPACING_MM = 0.5;

  /** Warm runs timed after one cold run (the first pays for the JIT compiler). */
  static final int TIMED_RUNS = 5;

  static final List<Double> ISOTHERMS_C = List.of(0.0, -20.0);

  /**
   * Bytes a sweep streams per cell update: four double arrays read (temperature, right-hand side,
   * extra conductance, enthalpy) and three float conductances, one byte of material, enthalpy and
   * temperature written. Red and black share one pass, so each byte is streamed once per sweep.
   */
  static final int BYTES_PER_CELL_UPDATE = 4 * 8 + 3 * 4 + 1 + 2 * 8;

  /** A 2 mm probe with a prescribed extraction: the same law for every run, so runs compare. */
  static final ProbeModel PROBE =
      new ProbeModel(
          "bench-2mm-10mm",
          "2 mm probe, 10 mm active, 400 W/m with a 5 s ramp",
          OptionalInt.empty(),
          2.0,
          10,
          Gas.N2O,
          new ProbeCooling.LineHeatExtraction(400, 5, 5516),
          new CoolingProvenance.Estimated(
              "benchmark probe: 400 W/m gives a 0 C ice ball about 1 cm across in a minute around"
                  + " one probe; not fitted to any measurement"));

  private CartesianBenchmark() {}

  public static void main(String[] args) {
    run(System.out);
  }

  public static void run(PrintStream out) {
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(
        "3-D benchmark: three probes, muscle with bone slab and vessel, %d threads%n", threads);
    CartesianProblem base = problem(SPACING_MM, CartesianProblem.defaultTimeStepSec(SPACING_MM));
    CartesianProblem half =
        problem(SPACING_MM / 2, CartesianProblem.defaultTimeStepSec(SPACING_MM) / 2);
    var solver = new CartesianSolver(threads);

    long coldStart = System.nanoTime();
    CartesianSolution solution = solver.solve(base);
    double coldSec = (System.nanoTime() - coldStart) * 1e-9;
    double[] wallSec = new double[TIMED_RUNS];
    for (int r = 0; r < TIMED_RUNS; r++) {
      long start = System.nanoTime();
      solution = solver.solve(base);
      wallSec[r] = (System.nanoTime() - start) * 1e-9;
    }
    long start = System.nanoTime();
    CartesianSolution reference = solver.solve(half);
    double referenceSec = (System.nanoTime() - start) * 1e-9;

    out.printf(
        "grid %s, %d steps of up to %.2f s; reference %s, %d steps of up to %.2f s (%.1f s)%n",
        solution.grid(),
        solution.steps(),
        base.timeStepSec(),
        reference.grid(),
        reference.steps(),
        half.timeStepSec(),
        referenceSec);
    double endSec = base.totalDurationSec();
    double worst = 0;
    out.println("probe isotherm      length mm (ref, diff)        diameter mm (ref, diff)");
    for (int p = 0; p < base.probes().size(); p++) {
      for (double isotherm : ISOTHERMS_C) {
        double[] length =
            compare(
                solution.iceBall(p).lengthMm(isotherm, endSec),
                reference.iceBall(p).lengthMm(isotherm, endSec));
        double[] diameter =
            compare(
                solution.iceBall(p).diameterMm(isotherm, endSec),
                reference.iceBall(p).diameterMm(isotherm, endSec));
        worst = Math.max(worst, Math.max(Math.abs(length[2]), Math.abs(diameter[2])));
        out.printf(
            "  %d   %5.0f C   %7.3f (%7.3f, %+6.3f)   %7.3f (%7.3f, %+6.3f)%n",
            p, isotherm, length[0], length[1], length[2], diameter[0], diameter[1], diameter[2]);
      }
    }
    out.printf(
        "accuracy: largest difference %.3f mm against half spacing and step: %s (limit %.2f mm)%n",
        worst, worst <= ACCURACY_MM ? "counts" : "DOES NOT COUNT", ACCURACY_MM);

    double[] sorted = wallSec.clone();
    Arrays.sort(sorted);
    double median = sorted[TIMED_RUNS / 2];
    double updatesPerSec = solution.cellUpdates() / median;
    double bandwidthGBPerSec = MemoryBandwidth.measureGBPerSec(threads);
    double streamedGBPerSec = updatesPerSec * BYTES_PER_CELL_UPDATE / 1e9;
    out.printf(
        "wall time: median %.2f s of %s s after a first (cold) run of %.2f s (goal <= 3 s on 2"
            + " cores)%n",
        median, Arrays.toString(round(wallSec)), coldSec);
    out.println(MachineLine.describe());
    out.printf(
        "cell updates: %d, %.3g per second; at %d B each %.2f GB/s%n",
        solution.cellUpdates(), updatesPerSec, BYTES_PER_CELL_UPDATE, streamedGBPerSec);
    out.printf(
        "memory bandwidth (triad): %.2f GB/s; the solver streams %.2f of it (goal >= 0.5)%n",
        bandwidthGBPerSec, streamedGBPerSec / bandwidthGBPerSec);
    out.printf(
        "energy books: imbalance %.2e of %.4g J extracted%n",
        solution.energy().relativeImbalance(), -solution.energy().sinkHeatJ());
  }

  /** The benchmark problem at a spacing and step. */
  public static CartesianProblem problem(double spacingMm, double timeStepSec) {
    int muscle = 1;
    int bone = 2;
    double voxelMm = 0.5;
    int voxels = (int) Math.round(50 / voxelMm);
    TissueLabelVolume labels =
        TissueLabelVolume.builder(
                new Vector3(-25, -25, -25), voxelMm, voxels, voxels, voxels, muscle)
            .tissue(muscle, "muscle")
            .tissue(bone, "bone")
            .fillBox(new Vector3(-25, -8, -25), new Vector3(25, -4, 25), bone)
            .build();
    List<ProbePlacement> probes = new ArrayList<>();
    for (double x : new double[] {-10, 0, 10}) {
      probes.add(
          new ProbePlacement(
              PROBE,
              new Vector3(x, 0, -5),
              new Vector3(0, 0, 1),
              ((ProbeCooling.LineHeatExtraction) PROBE.cooling()).nominalSupplyPressureKPa()));
    }
    Vessel vessel =
        new Vessel(
            new Vector3(-25, 5, 0),
            new Vector3(25, 5, 0),
            3,
            new Vessel.VesselWall.FixedTemperature(37));
    return new CartesianProblem(
        labels,
        false,
        true,
        probes,
        List.of(new FreezeCycle(180, 60), new FreezeCycle(180, 0)),
        Optional.empty(),
        List.of(vessel),
        List.of(),
        37,
        37,
        spacingMm,
        timeStepSec,
        List.of(180.0, 240.0, 420.0),
        ISOTHERMS_C,
        List.of());
  }

  /** {value, reference, value - reference}; NaN where the isotherm does not exist. */
  private static double[] compare(OptionalDouble value, OptionalDouble reference) {
    double a = value.orElse(Double.NaN);
    double b = reference.orElse(Double.NaN);
    return new double[] {a, b, a - b};
  }

  private static double[] round(double[] seconds) {
    return Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray();
  }
}
