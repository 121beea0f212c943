package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.cryows.planner.thermal.CoolingProvenance;
import org.cryows.planner.thermal.InvalidThermalInputException;
import org.cryows.planner.thermal.ProbeCooling;
import org.cryows.planner.thermal.ProbeModel;
import org.cryows.planner.thermal.RunCancelledException;
import org.cryows.planner.thermal.RunMonitor;
import org.cryows.planner.thermal.axisym.AxisymmetricProblem;
import org.cryows.planner.thermal.axisym.AxisymmetricSolution;
import org.cryows.planner.thermal.axisym.AxisymmetricSolver;
import org.cryows.planner.thermal.cartesian.CartesianSolution;
import org.cryows.planner.thermal.cartesian.CartesianSolver;
import org.cryows.planner.validation.PredictionConditions;
import org.cryows.planner.validation.Validity;
import org.cryows.planner.validation.ValidityEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ice-ball prediction as a service for a plan: a {@link PredictionRequest} in, a {@link
 * Prediction} out. It takes the axisymmetric fast path when one probe sits in homogeneous tissue
 * with no structure within {@link PredictionDefaults#CLEARANCE_MM} of the predicted 0 C edge, and
 * the 3-D model otherwise; it holds each console probe's tip where the console would ({@link
 * TipRegulation}); and it puts every figure back into the plan's frame.
 *
 * <p>For a window that asks on every drag: {@link #submit} runs requests one at a time on the
 * service's own thread, reports progress, and lets a newer request replace an older one (the older
 * run stops at its next step and its answer is dropped). Axisymmetric solutions are cached by their
 * problem: dragging a probe changes where its ice is, not its ice, so a drag is answered without
 * solving again. {@link #predict} answers on the calling thread, for commands and tests.
 * Thread-safe.
 */
public final class PredictionService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PredictionService.class);

  /** Axisymmetric solutions kept (each a few hundred kB). */
  static final int CACHED_SOLUTIONS = 16;

  private final AxisymmetricSolver axisymmetricSolver = new AxisymmetricSolver();
  private final CartesianSolver cartesianSolver;
  private final ExecutorService worker;
  private final AtomicReference<PredictionTask> newest = new AtomicReference<>();
  private final Map<AxisymmetricProblem, AxisymmetricSolution> solved =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(
                Map.Entry<AxisymmetricProblem, AxisymmetricSolution> eldest) {
              return size() > CACHED_SOLUTIONS;
            }
          });

  /** A service whose 3-D solver uses every processor. */
  public PredictionService() {
    this(new CartesianSolver());
  }

  public PredictionService(CartesianSolver cartesianSolver) {
    this.cartesianSolver = cartesianSolver;
    this.worker =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "prediction");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Answers on the calling thread.
   *
   * @throws InvalidThermalInputException for a request the model refuses, naming why
   * @throws org.cryows.planner.thermal.ThermalModelFailure when the model fails during the run
   */
  public Prediction predict(PredictionRequest request) {
    return predict(request, (fraction, stage) -> {});
  }

  /**
   * Runs a request on the service's thread and replaces any older request: the older run stops at
   * its next step and its answer never reaches its listener.
   */
  public PredictionTask submit(PredictionRequest request, PredictionListener listener) {
    var task = new PredictionTask(request, listener);
    PredictionTask previous = newest.getAndSet(task);
    if (previous != null) {
      previous.cancel();
    }
    worker.execute(() -> run(task));
    return task;
  }

  @Override
  public void close() {
    PredictionTask running = newest.getAndSet(null);
    if (running != null) {
      running.cancel();
    }
    worker.shutdownNow();
  }

  private void run(PredictionTask task) {
    if (task.isCancelled()) {
      return;
    }
    long id = task.requestId();
    try {
      Prediction answer =
          predict(
              task.request(),
              (fraction, stage) -> {
                if (task.isCancelled()) {
                  throw new RunCancelledException("request " + id + " was replaced");
                }
                task.listener().onProgress(id, fraction, stage);
              });
      if (task.answer().complete(answer)) {
        task.listener().onResult(answer);
      }
    } catch (RunCancelledException replaced) {
      LOG.debug("request {} replaced while running", id);
    } catch (RuntimeException e) {
      if (task.answer().completeExceptionally(e)) {
        task.listener().onFailure(id, e);
      }
    }
  }

  /** Progress of one request; may throw {@link RunCancelledException} to stop it. */
  @FunctionalInterface
  interface Progress {
    void report(double fraction, String stage);
  }

  Prediction predict(PredictionRequest request, Progress progress) {
    long start = System.nanoTime();
    List<Double> timesSec = request.outputs().timesFor(request.protocol());
    List<ProbeModel> resolved = new ArrayList<>();
    List<OptionalDouble> heldTips = new ArrayList<>();
    for (PlacedProbe placed : request.probes()) {
      var probe =
          TipRegulation.resolve(
              placed.probe(),
              request.protocol(),
              request.options().supplyPressureKPa(),
              request.options().console());
      resolved.add(probe.probe());
      heldTips.add(probe.heldTipC());
    }
    Optional<String> notAxisymmetric = AxisymmetricPath.whyNot(request);
    ModelPath asked = request.options().path();
    Prediction answer;
    if (asked == ModelPath.THREE_D) {
      answer = threeD(request, resolved, heldTips, timesSec, "3-D asked for", progress);
    } else if (notAxisymmetric.isPresent()) {
      if (asked == ModelPath.AXISYMMETRIC) {
        throw AxisymmetricPath.refusal(notAxisymmetric.get());
      }
      answer =
          threeD(
              request,
              resolved,
              heldTips,
              timesSec,
              notAxisymmetric.get() + " need the 3-D model",
              progress);
    } else {
      answer = axisymmetricOrThreeD(request, resolved, heldTips, timesSec, progress);
    }
    return answer.forRequest(request.requestId(), (System.nanoTime() - start) * 1e-9);
  }

  private Prediction axisymmetricOrThreeD(
      PredictionRequest request,
      List<ProbeModel> resolved,
      List<OptionalDouble> heldTips,
      List<Double> timesSec,
      Progress progress) {
    var setup = AxisymmetricPath.setUp(request, resolved.getFirst(), timesSec);
    AxisymmetricSolution solution = solveAxisymmetric(setup.problem(), progress);
    var clearances = AxisymmetricPath.clearances(setup, request, solution);
    var nearest =
        clearances.stream()
            .min(java.util.Comparator.comparingDouble(AxisymmetricPath.Clearance::distanceMm));
    boolean forced = request.options().path() == ModelPath.AXISYMMETRIC;
    if (forced && !clearances.isEmpty()) {
      throw AxisymmetricPath.refusal(
          "it cannot hold " + nearest.orElseThrow().structure() + "; use the 3-D model");
    }
    if (nearest.isPresent() && nearest.get().distanceMm() < PredictionDefaults.CLEARANCE_MM) {
      String reason =
          String.format(
              java.util.Locale.ROOT,
              "%s lies %.1f mm from the predicted 0 C edge (under %.0f mm): 3-D model",
              nearest.get().structure(),
              nearest.get().distanceMm(),
              PredictionDefaults.CLEARANCE_MM);
      return threeD(request, resolved, heldTips, timesSec, reason, progress);
    }
    String reason =
        forced
            ? "axisymmetric asked for"
            : nearest
                .map(
                    c ->
                        String.format(
                            java.util.Locale.ROOT,
                            "one probe in homogeneous tissue; %s lies %.1f mm from the predicted"
                                + " 0 C edge",
                            c.structure(),
                            c.distanceMm()))
                .orElse("one probe in homogeneous tissue, no structure near it");
    var mapped = AxisymmetricPath.map(setup, request, solution);
    var problem = setup.problem();
    return new Prediction(
        request.requestId(),
        ModelPath.AXISYMMETRIC,
        reason,
        solution.modelVersion(),
        validity(request, resolved, "axisym", timesSec),
        timesSec,
        request.outputs().isothermsC(),
        heldTips,
        mapped.iceBalls(),
        solution.contours(),
        mapped.contours(),
        mapped.surfaces(),
        request.outputs().exposureThresholdsC(),
        mapped.exposures(),
        new ModelRun(
            problem.finestSpacingMm(),
            problem.timeStepSec(),
            List.of(solution.radialCells(), solution.axialCells()),
            solution.steps(),
            Optional.empty(),
            Optional.empty()),
        0);
  }

  private AxisymmetricSolution solveAxisymmetric(AxisymmetricProblem problem, Progress progress) {
    AxisymmetricSolution cached = solved.get(problem);
    if (cached != null) {
      progress.report(1, "axisymmetric");
      return cached;
    }
    RunMonitor monitor =
        (timeSec, lastSec) -> progress.report(Math.min(1, timeSec / lastSec), "axisymmetric");
    AxisymmetricSolution solution = axisymmetricSolver.solve(problem, monitor);
    solved.put(problem, solution);
    return solution;
  }

  private Prediction threeD(
      PredictionRequest request,
      List<ProbeModel> resolved,
      List<OptionalDouble> heldTips,
      List<Double> timesSec,
      String reason,
      Progress progress) {
    var setup = ThreeDimensionalPath.setUp(request, resolved, timesSec);
    RunMonitor monitor =
        (timeSec, lastSec) -> progress.report(Math.min(1, timeSec / lastSec), "3-D");
    CartesianSolution solution = cartesianSolver.solve(setup.problem(), monitor);
    var mapped = ThreeDimensionalPath.map(setup, request, solution);
    var grid = solution.grid();
    return new Prediction(
        request.requestId(),
        ModelPath.THREE_D,
        reason,
        solution.modelVersion(),
        validity(request, resolved, "3d", timesSec),
        timesSec,
        request.outputs().isothermsC(),
        heldTips,
        mapped.iceBalls(),
        List.of(),
        mapped.contours(),
        mapped.surfaces(),
        request.outputs().exposureThresholdsC(),
        mapped.exposures(),
        new ModelRun(
            setup.problem().finestSpacingMm(),
            setup.problem().timeStepSec(),
            List.of(grid.cells(0), grid.cells(1), grid.cells(2)),
            solution.steps(),
            Optional.of(setup.problem().labels().originMm()),
            Optional.of(setup.problem().labels().maxCornerMm())),
        0);
  }

  /**
   * Where the prediction stands ({@link ValidityEnvelope}): a prescribed wall or line sink is
   * judged as a boundary condition, a probe by its cooling law's provenance.
   */
  private static Validity validity(
      PredictionRequest request, List<ProbeModel> resolved, String geometry, List<Double> times) {
    ProbeModel probe = resolved.getFirst();
    Optional<ProbeModel> asProbe = Optional.of(probe);
    Optional<Double> wall = Optional.empty();
    Optional<Double> lineSink = Optional.empty();
    if (probe.provenance() instanceof CoolingProvenance.Prescribed) {
      asProbe = Optional.empty();
      switch (probe.cooling()) {
        case ProbeCooling.SurfaceTemperature surface -> wall = Optional.of(surface.temperatureC());
        case ProbeCooling.LineHeatExtraction line ->
            lineSink = Optional.of(line.nominalWattsPerM());
        default -> {}
      }
    }
    String tissue =
        switch (request.tissue()) {
          case TissueMap.Homogeneous homogeneous ->
              org.cryows.planner.thermal.TissueCatalog.byName(homogeneous.tissueName()).name();
          case TissueMap.Labelled _ -> "labelled volume";
        };
    return ValidityEnvelope.assess(
        new PredictionConditions(
            geometry,
            tissue,
            request.options().sharpFront(),
            asProbe,
            wall,
            lineSink,
            times.getLast(),
            request.protocol().phases().size() > 1));
  }
}
