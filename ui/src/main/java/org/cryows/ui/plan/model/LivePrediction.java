package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cryows.planner.check.ImageIdentities;
import org.cryows.planner.check.ObservedImage;
import org.cryows.planner.check.PlanChecks;
import org.cryows.planner.check.PlanInputs;
import org.cryows.planner.check.PlanPredictions;
import org.cryows.planner.check.TargetPrediction;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionListener;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.PredictionTask;
import org.cryows.planner.thermal.cartesian.SectionPlane;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.model.MonotonicClock;

/**
 * Keeps the ice ball on screen following the plan: every plan asked for is predicted through the
 * planner's {@link PredictionService}, target after target, with the same request {@code plan
 * check} makes ({@link PlanPredictions#forTarget}) plus what the views draw ({@link ViewOutputs}:
 * an ultrasound image's plane, or the isotherm surfaces a volume's planes cut), and checked with
 * {@link PlanChecks} as {@code plan check} checks it.
 *
 * <p>While a probe or mark is dragged ({@code finalAnswer} false) only the quick answer is asked:
 * each probe's own axisymmetric model with the structures left out, whose solution the service
 * caches, so a drag is answered from the cache; a target with several probes gets each probe's
 * answer alone, put together ({@link EachProbeAlone}). Asks are coalesced, never queued: while a
 * quick answer runs, newer asks replace each other and only the newest is asked next. On release
 * the final answer is asked: quick first, then the service's own choice of model with every
 * structure (3-D where a structure lies near the ice, or with several probes), with its progress; a
 * newer ask replaces (cancels) a running final answer at once. Every answer names its ask; one for
 * an ask already replaced is dropped.
 */
public final class LivePrediction {

  private final PredictionService service;
  private final PredictionService quickService;
  private final MonotonicClock clock;
  private PredictionTask submitted;
  private ViewOutputs views;
  private final ChangeListeners listeners = new ChangeListeners();

  private long asks;
  private long submissions;
  private Ask pending;
  private Run running;
  private LivePredictionSnapshot shown = LivePredictionSnapshot.NONE;
  private Run lastFull;
  private List<ObservedImage> observed;
  private Plan observedFor;
  private java.nio.file.Path planFolder;

  private record Ask(long number, Plan plan, boolean finalAnswer, long askedNanos) {}

  /** One ask being answered: its stage, the target asked now, the answers so far. */
  private static final class Run {
    final Ask ask;
    PredictionStage stage;
    int target;

    /** The probe of the target asked now, when a quick answer asks them one by one. */
    int probe;

    long submission;
    final List<PlanPredictions.TargetRequest> requests = new ArrayList<>();
    final List<TargetPrediction> answers = new ArrayList<>();

    /** The current target's lone probes answered so far (quick stage). */
    final List<Prediction> alone = new ArrayList<>();

    double progress;
    String progressStage = "";

    Run(Ask ask, PredictionStage stage) {
      this.ask = ask;
      this.stage = stage;
    }
  }

  /**
   * @param contourPlanes the planes a view draws the isotherms on, for a plan
   */
  public LivePrediction(
      PredictionService service,
      Function<Plan, List<SectionPlane>> contourPlanes,
      MonotonicClock clock) {
    this(service, new ViewOutputs(contourPlanes, false), clock);
  }

  public LivePrediction(PredictionService service, ViewOutputs views, MonotonicClock clock) {
    this(service, service, views, clock);
  }

  /**
   * @param service answers the final answers (the 3-D model, seconds)
   * @param quickService answers the quick ones: a service of its own, so that a quick answer never
   *     waits behind a final answer being replaced (a 3-D run stops only at its next step)
   */
  public LivePrediction(
      PredictionService service,
      PredictionService quickService,
      ViewOutputs views,
      MonotonicClock clock) {
    this.service = service;
    this.quickService = quickService;
    this.views = views;
    this.clock = clock;
  }

  /** What the views need of the next asks (an image's plane, or the surfaces). */
  public synchronized void setViews(ViewOutputs newViews) {
    views = newViews;
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  /** Where the plan's relative image paths start, for the identity check. */
  public synchronized void setPlanFolder(java.nio.file.Path folder) {
    planFolder = folder;
    observedFor = null;
  }

  /** How many requests went to the service so far (a drag's asks coalesce: fewer than asks). */
  public synchronized long submissions() {
    return submissions;
  }

  /** How many plans were asked for so far. */
  public synchronized long asks() {
    return asks;
  }

  public synchronized LivePredictionSnapshot snapshot() {
    return shown;
  }

  /** Nothing runs and nothing waits. */
  public synchronized boolean settled() {
    return running == null && pending == null;
  }

  /**
   * Asks for {@code plan}'s ice ball: quick only while {@code finalAnswer} is false (a drag), else
   * quick then final.
   */
  public void ask(Plan plan, boolean finalAnswer) {
    synchronized (this) {
      pending = new Ask(++asks, plan, finalAnswer, clock.nowNanos());
      shown = withRunning(shown, true);
      if (running == null || running.stage == PredictionStage.FULL) {
        // A final answer running is replaced at once (cancelled: it stops at its next step); a
        // quick one is short and finishes first, so a drag's asks coalesce into the newest.
        if (running != null && submitted != null) {
          submitted.cancel();
        }
        startPendingLocked();
      }
    }
    listeners.fire();
  }

  /** Forgets the plan: nothing shown, anything running withdrawn. */
  public void clear() {
    synchronized (this) {
      if (submitted != null) {
        submitted.cancel();
      }
      pending = null;
      running = null;
      asks++;
      lastFull = null;
      shown = LivePredictionSnapshot.NONE;
    }
    listeners.fire();
  }

  private LivePredictionSnapshot withRunning(LivePredictionSnapshot s, boolean isRunning) {
    return new LivePredictionSnapshot(
        s.answeredPlan(),
        s.answeredAsk(),
        s.stage(),
        s.predictions(),
        s.report(),
        s.problems(),
        isRunning,
        running == null ? "" : running.progressStage,
        running == null ? 0 : running.progress,
        asks,
        s.droppedStale(),
        s.lastWallMs());
  }

  private void startPendingLocked() {
    Ask ask = pending;
    pending = null;
    running = null;
    if (ask == null) {
      shown = withRunning(shown, false);
      return;
    }
    var problems = PlanInputs.problems(ask.plan());
    if (!problems.isEmpty()) {
      shown =
          new LivePredictionSnapshot(
              shown.answeredPlan(),
              shown.answeredAsk(),
              shown.stage(),
              shown.predictions(),
              shown.report(),
              problems,
              false,
              "",
              0,
              asks,
              shown.droppedStale(),
              shown.lastWallMs());
      return;
    }
    List<SectionPlane> planes = views.contourPlanes().apply(ask.plan());
    Run run = new Run(ask, PredictionStage.QUICK);
    for (int t = 0; t < ask.plan().targets().size(); t++) {
      var asked = PlanPredictions.forTarget(ask.plan(), t, 0, planes);
      if (views.surfaces()) {
        asked = withSurfaces(asked);
      }
      run.requests.add(asked);
    }
    if (ask.finalAnswer() && lastFull != null && sameQuestions(lastFull.requests, run.requests)) {
      // An edit the model does not see (a contraindication answer, the patient's name): the
      // thermal answer stands, only the checks are made again.
      Run again = new Run(ask, PredictionStage.FULL);
      again.requests.addAll(run.requests);
      again.answers.addAll(lastFull.answers);
      running = again;
      finishStageLocked(again);
      return;
    }
    running = run;
    submitLocked();
  }

  /** Submits the run's current target (in the quick stage, its current probe alone). */
  private void submitLocked() {
    Run run = running;
    if (run.target < run.requests.size()) {
      var asked = run.requests.get(run.target);
      PredictionRequest request = asked.request();
      if (run.stage == PredictionStage.QUICK) {
        request = EachProbeAlone.alone(quick(request), run.probe);
      }
      long submission = ++submissions;
      run.submission = submission;
      run.progress = (double) run.target / run.requests.size();
      run.progressStage = run.stage == PredictionStage.QUICK ? "quick" : "";
      PredictionService answering = run.stage == PredictionStage.QUICK ? quickService : service;
      submitted = answering.submit(request.withId(submission), new Listener(submission));
      return;
    }
    finishStageLocked(run);
  }

  /**
   * The request with the isotherm surfaces asked for too, at the end of every freeze and thaw: a
   * 3-D field's surfaces take tens of ms each, and at every 15 s of a two-cycle protocol they took
   * about a quarter of the refined answer's time; the slider's stops are then the phases' ends.
   */
  private static PlanPredictions.TargetRequest withSurfaces(PlanPredictions.TargetRequest asked) {
    PredictionRequest r = asked.request();
    List<Double> phaseEnds =
        r.protocol().phases().stream().map(org.cryows.treatment.FreezeCycle.Phase::endSec).toList();
    return new PlanPredictions.TargetRequest(
        asked.targetIndex(),
        new PredictionRequest(
            r.requestId(),
            r.probes(),
            r.tissue(),
            r.structures(),
            r.protocol(),
            r.outputs().withSurfacesAt(phaseEnds),
            r.options()),
        asked.sampling());
  }

  /** The lone probe's axisymmetric model without the structures: cached while the probe moves. */
  public static PredictionRequest quickRequest(PredictionRequest full) {
    return quick(full);
  }

  static PredictionRequest quick(PredictionRequest full) {
    // Isotherms only at the ends of the freezes and of the protocol, on a plane sampled every
    // QUICK_SPACING_MM: drawing them at every 15 s on the fine plane took most of a cached answer's
    // time (about 150 ms on this machine); the final answer draws them all.
    List<SectionPlane> coarse =
        full.outputs().contourPlanes().stream()
            .map(
                p ->
                    new SectionPlane(
                        p.originMm(),
                        p.uAxis(),
                        p.vAxis(),
                        p.widthMm(),
                        p.heightMm(),
                        Math.max(p.spacingMm(), QUICK_SPACING_MM)))
            .toList();
    return new PredictionRequest(
        full.requestId(),
        full.probes(),
        full.tissue(),
        List.of(),
        full.protocol(),
        full.outputs().withTimes(List.of()).withContourPlanes(coarse),
        full.options().withPath(ModelPath.AXISYMMETRIC));
  }

  /** The quick answer's contour sampling, mm. */
  static final double QUICK_SPACING_MM = 0.5;

  /** Whether two runs ask the model the same questions (request ids aside). */
  private static boolean sameQuestions(
      List<PlanPredictions.TargetRequest> a, List<PlanPredictions.TargetRequest> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).request().withId(0).equals(b.get(i).request().withId(0))
          || !a.get(i).sampling().equals(b.get(i).sampling())) {
        return false;
      }
    }
    return true;
  }

  private void finishStageLocked(Run run) {
    Plan plan = run.ask.plan();
    if (run.stage == PredictionStage.FULL && run.answers.stream().allMatch(a -> a != null)) {
      lastFull = run;
    }
    boolean complete = run.answers.stream().allMatch(a -> a != null);
    var report = Optional.<org.cryows.planner.check.PlanCheckReport>empty();
    if (complete) {
      report = Optional.of(PlanChecks.evaluate(plan, run.answers, observedLocked(plan)));
    }
    double wallMs = (clock.nowNanos() - run.ask.askedNanos()) / 1e6;
    boolean newer = pending != null;
    if (complete || run.stage == PredictionStage.FULL) {
      shown =
          new LivePredictionSnapshot(
              plan,
              run.ask.number(),
              run.stage,
              run.answers.stream().filter(a -> a != null).toList(),
              report,
              List.of(),
              false,
              "",
              0,
              asks,
              shown.droppedStale(),
              wallMs);
    }
    if (!newer && run.stage == PredictionStage.QUICK && run.ask.finalAnswer()) {
      Run full = new Run(run.ask, PredictionStage.FULL);
      full.requests.addAll(run.requests);
      running = full;
      shown = withRunning(shown, true);
      submitLocked();
      return;
    }
    startPendingLocked();
  }

  /**
   * The images' identities as their files now say (read on the service's thread, once per set of
   * images).
   */
  private List<ObservedImage> observedLocked(Plan plan) {
    if (observed == null
        || observedFor == null
        || !observedFor.images().equals(plan.images())
        || planFolder == null) {
      observed =
          planFolder == null
              ? plan.images().stream()
                  .map(i -> ObservedImage.notRead(plan.images().indexOf(i)))
                  .toList()
              : ImageIdentities.read(plan, planFolder);
      observedFor = plan;
    }
    return observed;
  }

  private final class Listener implements PredictionListener {
    private final long submission;

    Listener(long submission) {
      this.submission = submission;
    }

    @Override
    public void onProgress(long requestId, double fraction, String stage) {
      synchronized (LivePrediction.this) {
        if (running == null || running.submission != submission) {
          return;
        }
        running.progress = (running.target + fraction) / running.requests.size();
        running.progressStage = running.stage == PredictionStage.QUICK ? "quick" : stage;
        shown = withRunning(shown, true);
      }
      listeners.fire();
    }

    @Override
    public void onResult(Prediction prediction) {
      answered(Optional.of(prediction), "");
    }

    @Override
    public void onFailure(long requestId, RuntimeException error) {
      answered(
          Optional.empty(), error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private void answered(Optional<Prediction> prediction, String failure) {
      synchronized (LivePrediction.this) {
        if (running == null || running.submission != submission) {
          shown = dropped(shown);
          return;
        }
        Run run = running;
        var asked = run.requests.get(run.target);
        if (run.stage == PredictionStage.QUICK && prediction.isPresent()) {
          run.alone.add(prediction.get());
          if (run.alone.size() < asked.request().probes().size()) {
            run.probe++;
            submitLocked();
            return;
          }
          prediction = Optional.of(EachProbeAlone.together(run.alone));
        }
        run.alone.clear();
        run.probe = 0;
        run.answers.add(
            prediction
                .map(p -> TargetPrediction.of(run.target, asked.sampling(), p))
                .orElseGet(() -> TargetPrediction.refused(run.target, asked.sampling(), failure)));
        run.target++;
        submitLocked();
      }
      listeners.fire();
    }
  }

  private static LivePredictionSnapshot dropped(LivePredictionSnapshot s) {
    return new LivePredictionSnapshot(
        s.answeredPlan(),
        s.answeredAsk(),
        s.stage(),
        s.predictions(),
        s.report(),
        s.problems(),
        s.running(),
        s.runningStage(),
        s.progress(),
        s.latestAsk(),
        s.droppedStale() + 1,
        s.lastWallMs());
  }
}
