package org.cryows.planner.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.Structure;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolver;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.planner.thermal.cartesian.Vessel;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./cryo bench plan}: the prediction service as the Plan workspace uses it. One probe (a 14G
 * CO2 console probe at the SMGN protocol, skin above, a nerve sampled beside it, the isotherms on
 * the ultrasound plane): a cold first prediction, warm predictions that solve, and warm predictions
 * of a dragged probe (answered from the cache), each with its goal; the baseline is the
 * axisymmetric solver alone on the same problem, run side by side. Three probes with a vessel and
 * bone through the 3-D path, against the 3-D solver alone on the same problem. Medians, ratios and
 * the machine's load are printed; nothing is asserted.
 */
@Command(
    name = "plan",
    description = {
      "Benchmark the prediction service: one probe (cold, warm, dragged) and three probes with a"
          + " vessel and bone in 3-D, against the solvers alone; medians, ratios, load.",
      "Goals: one-probe prediction <= 150 ms warm, three probes in 3-D <= 3 s on 2 cores."
    })
public final class PlanBenchCommand implements Callable<Integer> {

  static final double ONE_PROBE_GOAL_MS = 150;

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  static final double THREE_D_GOAL_SEC = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--runs",
      description = "Timed one-probe runs of each kind (default ${DEFAULT-VALUE}).")
  int runs = 9;

  @Option(names = "--runs-3d", description = "Timed 3-D runs (default ${DEFAULT-VALUE}).")
  int runs3d = 3;

  @Option(names = "--skip-3d", description = "Leave out the three-probe 3-D case.")
  boolean skipThreeD;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("plan bench: the prediction service as the Plan workspace asks it");
    out.println(MachineLine.describe());
    out.flush();
    oneProbe(out);
    if (!skipThreeD) {
      threeProbes(out);
    }
    out.println(MachineLine.describe());
    out.flush();
    return 0;
  }

  /** One 14G CO2 probe in generic tissue, skin 20 mm above its tip, as a drag asks it. */
  static PredictionRequest oneProbeRequest(long id, double shiftMm) {
    var probe = ProbeCatalog.byId("console-14g-co2");
    Vector3 tip = new Vector3(shiftMm, 0, -20);
    Vector3 up = new Vector3(0, 0, 1);
    List<Vector3> nerve = new ArrayList<>();
    for (int n = 0; n < 20; n++) {
      nerve.add(new Vector3(shiftMm + 3, -10 + n, -15));
    }
    var ultrasoundPlane =
        SectionPlane.centredOn(new Vector3(shiftMm, 0, -15), new Vector3(1, 0, 0), up, 40, 0.2);
    return new PredictionRequest(
        id,
        List.of(new PlacedProbe(probe, tip, up)),
        new TissueMap.Homogeneous("generic"),
        List.of(
            new Structure.Skin(
                new Vector3(0, 0, 0),
                up,
                Structure.Skin.STILL_AIR_W_PER_M2K,
                22,
                OptionalDouble.empty())),
        NerveCatalog.byId("SMGN").protocol(),
        Outputs.defaults().withSamplePoints(nerve).withContourPlanes(List.of(ultrasoundPlane)),
        ModelOptions.defaults());
  }

  private void oneProbe(PrintWriter out) {
    var request = oneProbeRequest(0, 0);
    out.printf(
        "one probe: %s, %s protocol (%s), skin 20 mm above the tip, 20 nerve points, contours on a"
            + " 40 mm plane at 0.2 mm%n",
        request.probes().getFirst().probe().id(), "SMGN", request.protocol().cycles());
    Prediction cold;
    double coldMs;
    try (var service = new PredictionService()) {
      long start = System.nanoTime();
      cold = service.predict(request);
      coldMs = (System.nanoTime() - start) * 1e-6;
    }
    out.printf(
        "  path %s (%s), model %s, %s cells, %d steps; first (cold) prediction %.1f ms%n",
        cold.path(),
        cold.pathReason(),
        cold.modelVersion(),
        cold.run().cells(),
        cold.run().steps(),
        coldMs);
    var problem = axisymmetricProblemOf(request);
    var solver = new AxisymmetricSolver();
    for (int n = 0; n < 3; n++) {
      solver.solve(problem);
      try (var service = new PredictionService()) {
        service.predict(request);
      }
    }
    // Side by side: the service solving (a fresh cache each run) and the solver alone.
    double[] serviceMs = new double[runs];
    double[] solverMs = new double[runs];
    double[] serviceCpuMs = new double[runs];
    double[] solverCpuMs = new double[runs];
    for (int n = 0; n < runs; n++) {
      try (var service = new PredictionService()) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        service.predict(request.withId(n));
        serviceMs[n] = (System.nanoTime() - start) * 1e-6;
        serviceCpuMs[n] = (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-6;
      }
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      solver.solve(problem);
      solverMs[n] = (System.nanoTime() - start) * 1e-6;
      solverCpuMs[n] = (THREADS.getCurrentThreadCpuTime() - cpu) * 1e-6;
    }
    double[] dragMs = new double[runs];
    try (var service = new PredictionService()) {
      service.predict(request);
      for (int n = 0; n < runs; n++) {
        var moved = oneProbeRequest(100 + n, 0.5 * (n + 1));
        long start = System.nanoTime();
        service.predict(moved);
        dragMs[n] = (System.nanoTime() - start) * 1e-6;
      }
    }
    double serviceMedian = ThermalBenchCommand.median(serviceMs);
    double solverMedian = ThermalBenchCommand.median(solverMs);
    double dragMedian = ThermalBenchCommand.median(dragMs);
    out.printf(
        "  service, solving:        median %7.1f ms of %s; goal <= %.0f ms warm: %s%n",
        serviceMedian,
        Arrays.toString(round(serviceMs)),
        ONE_PROBE_GOAL_MS,
        verdict(serviceMedian));
    out.printf(
        "  baseline, solver alone:  median %7.1f ms of %s; service / solver %.2f%n",
        solverMedian, Arrays.toString(round(solverMs)), serviceMedian / solverMedian);
    out.printf(
        "  thread CPU time per prediction: service median %.1f ms, solver alone %.1f ms, ratio %.2f"
            + " (steadier than wall time on a loaded machine)%n",
        ThermalBenchCommand.median(serviceCpuMs),
        ThermalBenchCommand.median(solverCpuMs),
        ThermalBenchCommand.median(serviceCpuMs) / ThermalBenchCommand.median(solverCpuMs));
    out.printf(
        "  service, dragged probe (cached solution): median %.1f ms of %s; goal: %s; dragged /"
            + " solving %.3f%n",
        dragMedian,
        Arrays.toString(round(dragMs)),
        verdict(dragMedian),
        dragMedian / serviceMedian);
    out.println("  " + MachineLine.describe());
    out.flush();
  }

  private static String verdict(double ms) {
    return ms <= ONE_PROBE_GOAL_MS ? "met" : "NOT met";
  }

  /** The axisymmetric problem the service builds for the request. */
  private static AxisymmetricProblem axisymmetricProblemOf(PredictionRequest request) {
    return org.cryows.planner.prediction.PredictionProblems.axisymmetric(request);
  }

  /** Three 14G CO2 probes 10 mm apart in muscle, a vessel on one side and bone on the other. */
  static PredictionRequest threeProbeRequest(long id) {
    var probe = ProbeCatalog.byId("console-14g-co2");
    List<PlacedProbe> probes = new ArrayList<>();
    for (double x : new double[] {-10, 0, 10}) {
      probes.add(new PlacedProbe(probe, new Vector3(x, 0, -5), new Vector3(0, 0, 1)));
    }
    List<Vector3> nerve = new ArrayList<>();
    for (int n = 0; n <= 20; n++) {
      nerve.add(new Vector3(-15 + 1.5 * n, 3, 0));
    }
    return new PredictionRequest(
        id,
        probes,
        new TissueMap.Homogeneous("muscle"),
        List.of(
            new Structure.LargeVessel(
                new Vessel(
                    new Vector3(-25, 5, 0),
                    new Vector3(25, 5, 0),
                    3,
                    new Vessel.VesselWall.FixedTemperature(37))),
            new Structure.Bone(
                new Structure.Region.Box(new Vector3(-25, -8, -25), new Vector3(25, -4, 25)))),
        new FreezeProtocol(
            Gas.CO2,
            Gas.CO2.coldestTipC(),
            List.of(new FreezeCycle(180, 60), new FreezeCycle(180, 0))),
        Outputs.defaults()
            .withSamplePoints(nerve)
            .withContourPlanes(
                List.of(
                    SectionPlane.centredOn(
                        new Vector3(0, 0, 0),
                        new Vector3(1, 0, 0),
                        new Vector3(0, 0, 1),
                        40,
                        0.25))),
        ModelOptions.defaults());
  }

  private void threeProbes(PrintWriter out) {
    var request = threeProbeRequest(0);
    int threads = Runtime.getRuntime().availableProcessors();
    out.printf(
        "three probes: 14G CO2 at x = -10, 0, 10 mm in muscle, a 3 mm vessel 5 mm to one side,"
            + " bone 4 mm to the other, 180 s freeze, 60 s thaw, 180 s freeze, %d threads%n",
        threads);
    var problem = org.cryows.planner.prediction.PredictionProblems.threeDimensional(request);
    var solver = new CartesianSolver(threads);
    Prediction prediction;
    double coldSec;
    try (var service = new PredictionService(solver)) {
      long start = System.nanoTime();
      prediction = service.predict(request);
      coldSec = (System.nanoTime() - start) * 1e-9;
    }
    out.printf(
        "  path %s (%s), %s cells, %d steps; first (cold) prediction %.2f s%n",
        prediction.path(),
        prediction.pathReason(),
        prediction.run().cells(),
        prediction.run().steps(),
        coldSec);
    double[] serviceSec = new double[runs3d];
    double[] solverSec = new double[runs3d];
    double[] serviceCpuSec = new double[runs3d];
    double[] solverCpuSec = new double[runs3d];
    for (int n = 0; n < runs3d; n++) {
      try (var service = new PredictionService(solver)) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        prediction = service.predict(request.withId(n));
        serviceSec[n] = (System.nanoTime() - start) * 1e-9;
        serviceCpuSec[n] = (processCpuNanos() - cpu) * 1e-9;
      }
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      solver.solve(problem);
      solverSec[n] = (System.nanoTime() - start) * 1e-9;
      solverCpuSec[n] = (processCpuNanos() - cpu) * 1e-9;
    }
    double serviceMedian = ThermalBenchCommand.median(serviceSec);
    double solverMedian = ThermalBenchCommand.median(solverSec);
    double end = prediction.timesSec().getLast();
    for (int p = 0; p < 3; p++) {
      out.printf(
          "  probe %d at %.0f s: 0 C length %.2f mm, diameter %.2f mm; -20 C diameter %.2f mm%n",
          p,
          end,
          prediction.iceBalls().get(p).lengthMm(0, end).orElse(Double.NaN),
          prediction.iceBalls().get(p).diameterMm(0, end).orElse(Double.NaN),
          prediction.iceBalls().get(p).diameterMm(-20, end).orElse(Double.NaN));
    }
    out.printf(
        "  service: median %.2f s of %s; goal <= %.0f s on 2 cores: %s%n",
        serviceMedian,
        Arrays.toString(roundSec(serviceSec)),
        THREE_D_GOAL_SEC,
        serviceMedian <= THREE_D_GOAL_SEC ? "met" : "NOT met");
    out.printf(
        "  baseline, 3-D solver alone on the same problem: median %.2f s of %s; service / solver"
            + " %.2f%n",
        solverMedian, Arrays.toString(roundSec(solverSec)), serviceMedian / solverMedian);
    out.printf(
        "  process CPU time per prediction (all threads): service median %.2f s, solver alone %.2f"
            + " s%n",
        ThermalBenchCommand.median(serviceCpuSec), ThermalBenchCommand.median(solverCpuSec));
    out.println("  " + MachineLine.describe());
    out.flush();
  }

  private static double[] round(double[] ms) {
    return Arrays.stream(ms).map(v -> Math.round(v * 10) / 10.0).toArray();
  }

  private static double[] roundSec(double[] sec) {
    return Arrays.stream(sec).map(v -> Math.round(v * 100) / 100.0).toArray();
  }

  /** CPU time of the whole process, every thread, ns (the 3-D solver runs on several). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
