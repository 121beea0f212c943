package org.cryows.ui.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.PlanPredictions;
import org.cryows.planner.check.PlanPredictor;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.samples.SampleGenerator;
import org.cryows.samples.SampleLibrary;
import org.cryows.ui.model.MonotonicClock;
import org.cryows.ui.plan.model.EachProbeAlone;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.ImagePlanes;
import org.cryows.ui.plan.model.LivePrediction;
import org.cryows.ui.plan.model.LivePredictionSnapshot;
import org.cryows.ui.plan.model.ViewOutputs;

/**
 * The Plan workspace's ice ball, as the window drives it ({@link LivePrediction} over the planner's
 * service), on the knee sample's signed plan:
 *
 * <ol>
 *   <li>A scripted 2-second drag of the probe's tip (3 mm, a pointer event every 20 ms, as a mouse
 *       reports them): each contour update's latency, from the pointer event it answers to its
 *       arrival (p50, p95; goal p95 &lt;= 200 ms), and updates a second (goal &gt;= 5), against the
 *       service answering the same quick request alone (ratio of medians). Then the release: the
 *       time to the final answer (3-D: the femur and the artery lie near the ice).
 *   <li>Releases: the time from a release to the first contours ready to draw (the quick answer),
 *       against the service answering the quick request alone.
 *   <li>Two probes and the artery: the time from the ask to the refined 3-D answer and its checks,
 *       against {@code plan check}'s own prediction of the same plan in the same process.
 *   <li>The samples' CT knee phantom, two probes around the SMGN with its artery and the femur
 *       ({@link CtKneePlan}): releases to the first contours (each probe alone, its isotherm
 *       surfaces cut by the three planes), then the refined 3-D answer, each against the service or
 *       the planner alone.
 * </ol>
 */
final class PlanBenchmark {

  static final double DRAG_SEC = 2;
  static final double EVENT_MS = 20;
  static final double DRAG_MM = 3;

  private PlanBenchmark() {}

  static void run(PrintStream out, int refinedRuns) throws IOException, InterruptedException {
    Path folder =
        SampleLibrary.ensureCurrent(
            SampleLibrary.defaultFolder(), new SampleGenerator.Listener() {});
    Plan sample = PlanFile.load(folder.resolve(SampleLibrary.DEMO_CASE).resolve("PLAN.json"));
    out.println("plan benchmark: knee sample plan " + folder.resolve(SampleLibrary.DEMO_CASE));
    out.println("  load before: " + MachineLoad.describe());
    try (var service = new PredictionService();
        var quickService = new PredictionService()) {
      Services services = new Services(service, quickService);
      drag(out, services, sample);
      out.println("  load after the drag: " + MachineLoad.describe());
      twoProbes(out, services, sample, refinedRuns);
      out.println("  load after the ultrasound parts: " + MachineLoad.describe());
      Path ct = folder.resolve("ct-knee");
      out.println("plan benchmark: CT knee phantom " + ct + " (two probes, the artery, the femur)");
      ctKnee(out, services, ct, refinedRuns);
    }
    out.println("  load after: " + MachineLoad.describe());
  }

  /** The services as the window has them: one for the final answers, one for the quick. */
  private record Services(PredictionService service, PredictionService quick) {
    LivePrediction live(ViewOutputs views) {
      return new LivePrediction(service, quick, views, MonotonicClock.system());
    }
  }

  /** Releases measured for the time to the first contours. */
  static final int RELEASES = 9;

  /**
   * The release on the CT phantom: the time to the first contours ready to draw (the quick answer,
   * each probe alone with its isotherm surfaces, cut by the three standard planes through the first
   * tip) against the service answering the two lone quick requests alone; then the refined 3-D
   * answer with its checks and surfaces against the planner's prediction of the plan alone.
   */
  private static void ctKnee(PrintStream out, Services services, Path ct, int runs)
      throws IOException, InterruptedException {
    out.println("  load before: " + MachineLoad.describe());
    var live = services.live(ViewOutputs.ISOTHERM_SURFACES);
    live.setPlanFolder(ct);
    Plan warm = CtKneePlan.of(ct, 0);
    // Warm: the lone probe's axisymmetric problem solved once (a drag reuses it).
    live.ask(warm, false);
    awaitSettled(live);
    double[] firstContours = new double[RELEASES];
    double[] answered = new double[RELEASES];
    int cut = 0;
    for (int r = 0; r < RELEASES; r++) {
      // Each release a little elsewhere: a new plan, as after a drag.
      Plan plan = CtKneePlan.of(ct, 0.1 * (r + 1));
      long t0 = System.nanoTime();
      live.ask(plan, true);
      LivePredictionSnapshot s = awaitAnswer(live, plan);
      answered[r] = (System.nanoTime() - t0) / 1e6;
      double end = IceDisplay.largestIceSec(plan.targets().getFirst().protocol());
      cut = 0;
      for (Vector3[] frame : STANDARD_FRAMES) {
        cut += IceDisplay.sections(s, end, CtKneePlan.TIP_1, frame[0], frame[1]).size();
      }
      firstContours[r] = (System.nanoTime() - t0) / 1e6;
    }
    live.clear();
    awaitSettled(live);
    // The baseline: the service answering the same two lone quick requests, one after the other.
    Plan plan = CtKneePlan.of(ct, 0.05);
    var asked = PlanPredictions.forTarget(plan, 0, 0, List.of());
    var full = asked.request();
    var withSurfaces =
        new org.cryows.planner.prediction.PredictionRequest(
            0,
            full.probes(),
            full.tissue(),
            full.structures(),
            full.protocol(),
            full.outputs().withSurfaces(true),
            full.options());
    var quick = LivePrediction.quickRequest(withSurfaces);
    double[] alone = new double[RELEASES];
    for (int i = 0; i < alone.length; i++) {
      long t0 = System.nanoTime();
      for (int p = 0; p < quick.probes().size(); p++) {
        services.quick().predict(EachProbeAlone.alone(quick, p));
      }
      alone[i] = (System.nanoTime() - t0) / 1e6;
    }
    Samples released = new Samples(firstContours);
    Samples baseline = new Samples(alone);
    out.printf(
        Locale.ROOT,
        "  release to the first contours (quick answer, each of 2 probes alone, cut by the three"
            + " planes: %d segments): median %.0f ms (runs %s; the answer's arrival %.0f ms, runs"
            + " %s; goal 200 ms: %s) against the service alone on the two quick requests %.0f ms"
            + " (runs %s); ratio %.2f%n",
        cut,
        released.median(),
        released.runs(),
        new Samples(answered).median(),
        new Samples(answered).runs(),
        released.median() <= 200 ? "met" : "NOT met",
        baseline.median(),
        baseline.runs(),
        released.median() / baseline.median());
    out.println("  load after the releases: " + MachineLoad.describe());
    double[] window = new double[runs];
    double[] predictor = new double[runs];
    String path = "";
    for (int r = 0; r < runs; r++) {
      Plan refinedPlan = CtKneePlan.of(ct, -0.1 * (r + 1));
      var refining = services.live(ViewOutputs.ISOTHERM_SURFACES);
      refining.setPlanFolder(ct);
      long t0 = System.nanoTime();
      refining.ask(refinedPlan, true);
      awaitSettled(refining);
      window[r] = (System.nanoTime() - t0) / 1e6;
      var s = refining.snapshot();
      path =
          s.predictions().getFirst().prediction().map(p -> p.path().name()).orElse("refused")
              + ", "
              + s.predictions().getFirst().prediction().map(p -> p.surfaces().size()).orElse(0)
              + " surfaces, checks "
              + s.report().map(x -> x.summary().jsonName()).orElse("none");
      try (var fresh = new PredictionService()) {
        long t1 = System.nanoTime();
        PlanPredictor.predict(refinedPlan, fresh, t -> List.of());
        predictor[r] = (System.nanoTime() - t1) / 1e6;
      }
    }
    out.printf(
        Locale.ROOT,
        "  two probes and the artery on the CT (%s): release to the refined 3-D answer %.0f ms"
            + " (median, runs %s; the quick answer first) against the planner's prediction alone"
            + " %.0f ms (runs %s, no surfaces); ratio %.2f%n",
        path,
        new Samples(window).median(),
        new Samples(window).runs(),
        new Samples(predictor).median(),
        new Samples(predictor).runs(),
        new Samples(window).median() / new Samples(predictor).median());
  }

  /** The axial, coronal and sagittal planes' right and down directions (LPS). */
  private static final Vector3[][] STANDARD_FRAMES = {
    {new Vector3(1, 0, 0), new Vector3(0, 1, 0)},
    {new Vector3(1, 0, 0), new Vector3(0, 0, -1)},
    {new Vector3(0, 1, 0), new Vector3(0, 0, -1)}
  };

  /** Waits for the first answer (quick or final) to {@code plan}. */
  private static LivePredictionSnapshot awaitAnswer(LivePrediction live, Plan plan)
      throws InterruptedException {
    while (true) {
      var s = live.snapshot();
      if (plan.equals(s.answeredPlan())) {
        return s;
      }
      if (!s.problems().isEmpty()) {
        throw new IllegalStateException("the bench's plan cannot be predicted: " + s.problems());
      }
      Thread.sleep(1);
    }
  }

  private static void drag(PrintStream out, Services services, Plan sample)
      throws InterruptedException {
    var live = services.live(ViewOutputs.IMAGE_PLANE);
    List<Double> latencies = new ArrayList<>();
    long[] answered = {0};
    live.addListener(
        () -> {
          var s = live.snapshot();
          synchronized (latencies) {
            if (s.answeredAsk() != answered[0] && s.answeredPlan() != null) {
              answered[0] = s.answeredAsk();
              latencies.add(s.lastWallMs());
            }
          }
        });
    // Warm: the first answer solves the axisymmetric problem once; a drag reuses it.
    live.ask(sample, false);
    awaitSettled(live);
    synchronized (latencies) {
      latencies.clear();
    }
    PlannedProbe probe = sample.targets().getFirst().probes().getFirst();
    int events = (int) Math.round(DRAG_SEC * 1000 / EVENT_MS);
    long start = System.nanoTime();
    for (int i = 1; i <= events; i++) {
      double f = (double) i / events;
      Vector3 tip = probe.tipMm().plus(new Vector3(-DRAG_MM * (1 - f), 0, 0));
      live.ask(sample.withProbeTip(0, 0, tip), false);
      long due = start + (long) (i * EVENT_MS * 1e6);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    }
    awaitSettled(live);
    double dragSec = (System.nanoTime() - start) / 1e9;
    double[] values;
    synchronized (latencies) {
      values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }
    // The baseline: the service answering the drag's quick request alone, one after the other.
    var asked = PlanPredictions.forTarget(sample, 0, 0, ImagePlanes.around(sample));
    var quick = LivePredictionAccess.quick(asked.request());
    double[] alone = new double[15];
    for (int i = 0; i < alone.length; i++) {
      long t0 = System.nanoTime();
      services.quick().predict(quick);
      alone[i] = (System.nanoTime() - t0) / 1e6;
    }
    double p50 = percentile(values, 50);
    double p95 = percentile(values, 95);
    out.printf(
        Locale.ROOT,
        "  drag: %d pointer events over %.2f s, %d contour updates (%.1f a second, goal >= 5): latency"
            + " p50 %.0f ms, p95 %.0f ms (goal p95 <= 200 ms: %s), max %.0f ms; service alone on"
            + " the quick request: median %.0f ms (runs %s); ratio of medians %.2f%n",
        events,
        dragSec,
        values.length,
        values.length / dragSec,
        p50,
        p95,
        p95 <= 200 ? "met" : "NOT met",
        Arrays.stream(values).max().orElse(Double.NaN),
        new Samples(alone).median(),
        new Samples(alone).runs(),
        p50 / new Samples(alone).median());
    // Releases: the first contours after each (the quick answer on the image's plane, its union
    // outline made), each release a little elsewhere; the next release replaces the 3-D answer.
    double[] firstContours = new double[RELEASES];
    for (int r = 0; r < RELEASES; r++) {
      Plan released =
          sample.withProbeTip(0, 0, probe.tipMm().plus(new Vector3(-0.05 * (r + 1), 0, 0)));
      long t0 = System.nanoTime();
      live.ask(released, true);
      var s = awaitAnswer(live, released);
      IceDisplay.contours(s, IceDisplay.largestIceSec(released.targets().getFirst().protocol()));
      firstContours[r] = (System.nanoTime() - t0) / 1e6;
    }
    out.printf(
        Locale.ROOT,
        "  release to the first contours (the quick answer): median %.0f ms (runs %s; goal 200 ms:"
            + " %s) against the service alone on the quick request %.0f ms; ratio %.2f%n",
        new Samples(firstContours).median(),
        new Samples(firstContours).runs(),
        new Samples(firstContours).median() <= 200 ? "met" : "NOT met",
        new Samples(alone).median(),
        new Samples(firstContours).median() / new Samples(alone).median());
    long t0 = System.nanoTime();
    live.ask(sample, true);
    awaitSettled(live);
    var s = live.snapshot();
    out.printf(
        Locale.ROOT,
        "  release: final answer (%s) and checks (%s) %.0f ms after the release%n",
        s.predictions().getFirst().prediction().map(p -> p.path().name()).orElse("refused"),
        s.report().map(r -> r.summary().jsonName()).orElse("none"),
        (System.nanoTime() - t0) / 1e6);
  }

  private static void twoProbes(PrintStream out, Services services, Plan sample, int runs)
      throws InterruptedException {
    PlannedProbe first = sample.targets().getFirst().probes().getFirst();
    // A second probe 4 mm superficial of the first, parallel to it.
    Vector3 up = new Vector3(0, -4, 0);
    PlannedProbe second =
        new PlannedProbe(first.model(), first.tipMm().plus(up), first.entryMm().plus(up));
    Plan plan = sample.withTarget(0, t -> t.withProbes(List.of(first, second)));
    double[] window = new double[runs];
    double[] alone = new double[runs];
    String path = "";
    for (int r = 0; r < runs; r++) {
      var live = services.live(ViewOutputs.IMAGE_PLANE);
      long t0 = System.nanoTime();
      live.ask(plan, true);
      awaitSettled(live);
      window[r] = (System.nanoTime() - t0) / 1e6;
      path =
          live.snapshot()
                  .predictions()
                  .getFirst()
                  .prediction()
                  .map(p -> p.path().name())
                  .orElse("refused")
              + ", checks "
              + live.snapshot().report().map(x -> x.summary().jsonName()).orElse("none");
      try (var fresh = new PredictionService()) {
        long t1 = System.nanoTime();
        PlanPredictor.predict(plan, fresh, t -> ImagePlanes.around(plan));
        alone[r] = (System.nanoTime() - t1) / 1e6;
      }
    }
    out.printf(
        Locale.ROOT,
        "  two probes, the artery and the femur (%s): refined answer %.0f ms after the ask (median,"
            + " runs %s) against the planner's prediction alone %.0f ms (runs %s); ratio %.2f%n",
        path,
        new Samples(window).median(),
        new Samples(window).runs(),
        new Samples(alone).median(),
        new Samples(alone).runs(),
        new Samples(window).median() / new Samples(alone).median());
  }

  private static void awaitSettled(LivePrediction live) throws InterruptedException {
    while (!live.settled()) {
      Thread.sleep(2);
    }
  }

  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.clamp(index, 0, sorted.length - 1)];
  }

  /** The quick request as the live prediction makes it. */
  private static final class LivePredictionAccess {
    static org.cryows.planner.prediction.PredictionRequest quick(
        org.cryows.planner.prediction.PredictionRequest full) {
      return LivePrediction.quickRequest(full);
    }
  }
}
