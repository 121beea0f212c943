package org.cryows.ui.plan.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.Nerve;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.check.PlanInputs;
import org.cryows.planner.plan.AuditLog;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanFormatException;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanHistory;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.SignOff;
import org.cryows.planner.plan.Signature;
import org.cryows.planner.plan.SignedPlanFile;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.report.PlanReport;
import org.cryows.planner.report.ReportSections;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.plan.model.PlanEditorSnapshot.Gesture;

/**
 * The plan of the case as the Plan workspace edits it: a {@link PlanHistory} (every gesture one
 * edit, undo and redo), the marks made before the first target is complete, the gestures in
 * progress, saving (PLAN.json beside the image through {@link PlanFile}), signing ({@link SignOff},
 * the audit log), handing the signed protocol over, and the PDF report. Every point it takes and
 * gives is in the plan's frame (mm): each view maps its own pixels (a {@link PlanToViewport}).
 *
 * <p>File work runs on {@code io}; the thermal model on the {@link LivePrediction}'s service.
 */
public final class PlanEditor {

  /** A nerve or vessel marked on one ultrasound image crosses it over this length (mm each way). */
  public static final double CROSSING_HALF_LENGTH_MM = 10;

  /** The shortest probe a drag places, tip to entry (mm): shorter is a click, not a placement. */
  static final double MIN_PROBE_MM = 2;

  /** The shortest line drawn for the skin or a bone (mm). */
  static final double MIN_LINE_MM = 2;

  /** The smallest vessel a circle marks (mm across). */
  static final double MIN_VESSEL_MM = 0.5;

  public static final String SIGNING_ROLE = Signature.SIGNING_ROLE;

  private final LivePrediction live;
  private final Executor io;
  private final Clock wallClock;
  private final String osUser;
  private final SignedProtocolSource protocols;
  private final ChangeListeners listeners = new ChangeListeners();

  private long version;
  private PlanCase planCase;
  private int frameNumber = 1;
  private PlanHistory history;
  private PendingTarget pending;
  private List<PlanStructure> draftStructures = List.of();

  /** Undo before the plan exists: earlier (pending, draft structures) states. */
  private final List<Draft> draftUndo = new ArrayList<>();

  /** An ultrasound image's plane in its own frame: z = 0, the normal out of the image. */
  static final Vector3 IMAGE_NORMAL = new Vector3(0, 0, 1);

  /** The normal of the view the current gesture started in. */
  private Vector3 viewNormal = IMAGE_NORMAL;

  private PlanTool tool = PlanTool.MOVE;
  private String probeModel = "console-14g-co2";
  private int selectedTarget = -1;
  private Gesture gesture;
  private Plan preview;
  private List<Vector3> trace = new ArrayList<>();
  private boolean dirty;
  private long signedRevision;
  private String status = "";
  private int busy;

  private record Draft(PendingTarget pending, List<PlanStructure> structures) {}

  public PlanEditor(
      LivePrediction live,
      Executor io,
      Clock wallClock,
      String osUser,
      SignedProtocolSource protocols) {
    this.live = live;
    this.io = io;
    this.wallClock = wallClock;
    this.osUser = osUser;
    this.protocols = protocols;
    live.addListener(this::liveChanged);
    protocols.addListener(this::liveChanged);
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public LivePrediction live() {
    return live;
  }

  public SignedProtocolSource protocols() {
    return protocols;
  }

  private void liveChanged() {
    synchronized (this) {
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ the case

  /**
   * The images the plan is made on: an ultrasound image shown at {@code frameNumber} (from 1), or a
   * CT or MR series. A PLAN.json beside them made on them is loaded (on {@code io}); otherwise a
   * new plan starts.
   */
  public void openCase(PlanCase newCase, int shownFrame) {
    synchronized (this) {
      if (newCase.equals(planCase)) {
        return;
      }
      planCase = newCase;
      frameNumber = shownFrame;
      history = null;
      pending = null;
      draftStructures = List.of();
      draftUndo.clear();
      gesture = null;
      preview = null;
      trace = new ArrayList<>();
      dirty = false;
      signedRevision = 0;
      selectedTarget = -1;
      status = "";
      busy++;
      version++;
    }
    live.clear();
    live.setPlanFolder(newCase.planFile().getParent());
    live.setViews(
        newCase instanceof CaseImage ? ViewOutputs.IMAGE_PLANE : ViewOutputs.ISOTHERM_SURFACES);
    listeners.fire();
    io.execute(() -> loadPlan(newCase));
  }

  /**
   * Neither an ultrasound image with a calibrated region nor a volume is shown: nothing to plan on.
   */
  public void closeCase() {
    synchronized (this) {
      if (planCase == null) {
        return;
      }
      planCase = null;
      history = null;
      pending = null;
      draftStructures = List.of();
      gesture = null;
      preview = null;
      version++;
    }
    live.clear();
    listeners.fire();
  }

  private void loadPlan(PlanCase forCase) {
    Path file = forCase.planFile();
    Plan loaded = null;
    String note = "";
    if (Files.isRegularFile(file)) {
      try {
        Plan plan = PlanFile.load(file);
        if (forCase.holds(plan)) {
          loaded = plan;
          note =
              "Opened "
                  + file.getFileName()
                  + ", revision "
                  + plan.revision()
                  + (plan.isSigned() ? ", signed by " + plan.signature().get().user() : "");
        } else {
          note =
              file.getFileName()
                  + " beside the images is not a plan on "
                  + forCase.describe()
                  + "; a new plan starts (saving replaces it)";
        }
      } catch (IOException | PlanFormatException e) {
        note = "Cannot read " + file + ": " + e.getMessage() + "; a new plan starts";
      }
    }
    Plan toPredict;
    synchronized (this) {
      if (!forCase.equals(planCase)) {
        busy--;
        return;
      }
      if (loaded != null) {
        history = PlanHistory.of(loaded);
        selectedTarget = 0;
        if (loaded.isSigned()) {
          signedRevision = loaded.revision();
        }
        if (loaded.frame() instanceof PlanFrame.Image frame) {
          frameNumber = frame.frame();
        }
      }
      status = note;
      version++;
      toPredict = loaded;
    }
    if (toPredict != null) {
      live.ask(toPredict, true);
    }
    // Busy until the prediction is asked for: the window is not settled in between.
    synchronized (this) {
      busy--;
      version++;
    }
    listeners.fire();
  }

  /** The frame the viewer shows (from 1): a new plan is made on it. */
  public synchronized void showFrame(int shownFrame) {
    if (history == null) {
      frameNumber = shownFrame;
    }
  }

  /** The plan file (PLAN.json beside the images), or empty when no case is open. */
  public synchronized Optional<Path> planFile() {
    return Optional.ofNullable(planCase).map(PlanCase::planFile);
  }

  /** The nerves of the case's region, or every nerve when the region is not known. */
  public static List<Nerve> nervesFor(String bodyPart) {
    String region = bodyPart == null ? "" : bodyPart.strip().toLowerCase(Locale.ROOT);
    List<Nerve> matching =
        NerveCatalog.all().stream()
            .filter(n -> !region.isEmpty() && region.contains(n.region().toLowerCase(Locale.ROOT)))
            .toList();
    return matching.isEmpty() ? NerveCatalog.all() : matching;
  }

  private String bodyPart = "";

  public synchronized void setBodyPart(String part) {
    bodyPart = part == null ? "" : part;
    version++;
  }

  // ------------------------------------------------------------------ choosing

  public void setTool(PlanTool newTool) {
    synchronized (this) {
      tool = newTool;
      gesture = null;
      preview = null;
      trace = new ArrayList<>();
      version++;
    }
    listeners.fire();
  }

  public void setProbeModel(String id) {
    ProbeCatalog.byId(id);
    synchronized (this) {
      probeModel = id;
      version++;
    }
    listeners.fire();
  }

  /**
   * Chooses the target nerve: selects its target when the plan has one, else starts it (its course
   * and first probe to mark). The side is the image's laterality, else {@code side}.
   */
  public void chooseNerve(String nerveId, Side sideIfImageSaysNone) {
    Nerve nerve = NerveCatalog.byId(nerveId);
    synchronized (this) {
      Plan plan = currentLocked();
      if (plan != null) {
        for (int t = 0; t < plan.targets().size(); t++) {
          if (plan.targets().get(t).nerve().equals(nerve.id())) {
            selectedTarget = t;
            pending = null;
            status = "";
            version++;
            listeners.fire();
            return;
          }
        }
      }
      Side side =
          planCase == null ? sideIfImageSaysNone : planCase.side().orElse(sideIfImageSaysNone);
      rememberDraftLocked();
      pending = new PendingTarget(nerve.id(), side, List.of(), List.of());
      selectedTarget = -1;
      status = "New target " + nerve.id() + ": " + pending.missing();
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ gestures (plan frame, mm)

  /**
   * The primary button went down at {@code point} on an ultrasound image (its plane z = 0 of the
   * plan's image frame).
   */
  public boolean press(Vector3 point, double pickMm, int clicks) {
    return press(point, IMAGE_NORMAL, pickMm, clicks);
  }

  /**
   * The primary button went down at {@code point} (plan frame) on a view whose plane has the normal
   * {@code viewNormal}; {@code pickMm} is how near a handle must be to be taken, measured in the
   * view (across it, whatever the depth); {@code clicks} 2 for a double click.
   */
  public boolean press(Vector3 point, Vector3 viewNormal, double pickMm, int clicks) {
    synchronized (this) {
      if (planCase == null) {
        return false;
      }
      Vector3 normal = viewNormal.normalized();
      if (gesture instanceof Gesture.Trace && !normal.equals(this.viewNormal)) {
        // A nerve is traced in one view: a click in another starts the trace again there.
        trace = new ArrayList<>();
        gesture = null;
      }
      this.viewNormal = normal;
      switch (tool) {
        case VIEW -> {
          return false;
        }
        case MOVE -> {
          Plan plan = currentLocked();
          PlanHandle handle = plan == null ? null : nearestHandle(plan, point, viewNormal, pickMm);
          if (handle == null) {
            // Nothing of the plan here: the press is the viewer's (its tool: window, measure).
            return false;
          } else {
            gesture = new Gesture.Moving(handle, point, point);
            preview = plan;
            status = "Moving the " + handle.describe(plan);
          }
        }
        case NERVE -> {
          if (clicks >= 2) {
            finishTraceLocked();
          } else {
            trace.add(point);
            gesture = new Gesture.Trace(trace);
          }
        }
        case VESSEL -> gesture = new Gesture.Circle(point, 0);
        case SKIN, BONE ->
            gesture = new Gesture.Line(tool == PlanTool.SKIN ? "skin" : "bone", point, point);
        case PROBE -> gesture = new Gesture.NewProbe(probeModel, point, point);
      }
      version++;
    }
    listeners.fire();
    return true;
  }

  /** Whether a plan gesture is under way (the pointer's drags and release are the plan's). */
  public synchronized boolean gestureUnderWay() {
    return gesture != null;
  }

  /** The pointer moved with the button held. */
  public void drag(Vector3 point) {
    Plan toAsk = null;
    synchronized (this) {
      switch (gesture) {
        case null -> {
          return;
        }
        case Gesture.Circle c ->
            gesture = new Gesture.Circle(c.centre(), point.minus(c.centre()).length());
        case Gesture.Line l -> gesture = new Gesture.Line(l.kind(), l.from(), point);
        case Gesture.NewProbe p -> gesture = new Gesture.NewProbe(p.model(), p.tip(), point);
        case Gesture.Moving m -> {
          Plan base = currentLocked();
          Plan moved = m.handle().moved(base, point.minus(m.start()));
          gesture = new Gesture.Moving(m.handle(), m.start(), point);
          preview = moved;
          toAsk = moved;
        }
        case Gesture.Trace t -> {
          return;
        }
      }
      version++;
    }
    if (toAsk != null) {
      live.ask(toAsk, false);
    }
    listeners.fire();
  }

  /** The pointer moved with no button held: a trace follows it. */
  public void hover(Vector3 point) {
    synchronized (this) {
      if (!(gesture instanceof Gesture.Trace) || trace.isEmpty()) {
        return;
      }
      List<Vector3> shown = new ArrayList<>(trace);
      shown.add(point);
      gesture = new Gesture.Trace(shown);
      version++;
    }
    listeners.fire();
  }

  /** The button came up at {@code point}: the gesture becomes an edit. */
  public void release(Vector3 point) {
    synchronized (this) {
      switch (gesture) {
        case null -> {
          return;
        }
        case Gesture.Trace t -> {
          return;
        }
        case Gesture.Circle c -> {
          gesture = null;
          double diameter = 2 * point.minus(c.centre()).length();
          if (diameter < MIN_VESSEL_MM) {
            status = "Vessel not marked: drag from its centre to its wall";
          } else {
            addStructureLocked(vesselAt(c.centre(), diameter));
          }
        }
        case Gesture.Line l -> {
          gesture = null;
          if (point.minus(l.from()).length() < MIN_LINE_MM) {
            status = "Not marked: drag along the " + l.kind() + " for at least 2 mm";
          } else {
            addStructureLocked(plane(l.kind(), l.from(), point));
          }
        }
        case Gesture.NewProbe p -> {
          gesture = null;
          if (point.minus(p.tip()).length() < MIN_PROBE_MM) {
            status = "Probe not placed: press at the tip and drag to the entry point";
          } else {
            addProbeLocked(new PlannedProbe(p.model(), p.tip(), point));
          }
        }
        case Gesture.Moving m -> {
          gesture = null;
          preview = null;
          Vector3 delta = point.minus(m.start());
          if (delta.length() > 0) {
            editLocked(plan -> m.handle().moved(plan, delta));
          } else {
            status = "";
          }
        }
      }
      version++;
    }
    askFinal();
    listeners.fire();
  }

  /** Ends a nerve's trace (double click, Enter). */
  public void finishTrace() {
    synchronized (this) {
      finishTraceLocked();
      version++;
    }
    askFinal();
    listeners.fire();
  }

  /** Escape: drops the gesture in progress. */
  public void cancelGesture() {
    boolean wasMoving;
    synchronized (this) {
      wasMoving = gesture instanceof Gesture.Moving;
      gesture = null;
      preview = null;
      trace = new ArrayList<>();
      version++;
    }
    if (wasMoving) {
      askFinal();
    }
    listeners.fire();
  }

  private void finishTraceLocked() {
    List<Vector3> points = trace;
    trace = new ArrayList<>();
    gesture = null;
    if (points.isEmpty()) {
      return;
    }
    List<Vector3> path = crossingOrPolyline(points, viewNormal);
    if (path.size() < 2) {
      status = "Nerve not traced: its points repeat";
      return;
    }
    Plan plan = currentLocked();
    if (pending != null) {
      rememberDraftLocked();
      pending = pending.withPath(path);
      completePendingLocked();
    } else if (plan != null && selectedTarget >= 0) {
      int t = selectedTarget;
      editLocked(p -> p.withNervePath(t, path));
    } else {
      status = "Choose the target nerve first";
    }
  }

  /**
   * One point: the nerve crosses the view's plane there at right angles (an ultrasound image, like
   * an axial slice, often shows a nerve in cross-section); several: its course in the plane,
   * repeated points dropped.
   */
  static List<Vector3> crossingOrPolyline(List<Vector3> points, Vector3 viewNormal) {
    List<Vector3> distinct = new ArrayList<>();
    for (Vector3 p : points) {
      if (distinct.isEmpty() || p.minus(distinct.getLast()).length() > 1e-6) {
        distinct.add(p);
      }
    }
    if (distinct.size() == 1) {
      return crossing(distinct.getFirst(), viewNormal);
    }
    return distinct;
  }

  private static List<Vector3> crossing(Vector3 centre, Vector3 viewNormal) {
    Vector3 along = viewNormal.normalized().times(CROSSING_HALF_LENGTH_MM);
    return List.of(centre.minus(along), centre.plus(along));
  }

  private PlanStructure.Vessel vesselAt(Vector3 centre, double diameterMm) {
    String name = "vessel";
    Target target = selectedTargetLocked();
    String nerve = target != null ? target.nerve() : pending != null ? pending.nerve() : null;
    if (nerve != null) {
      name =
          NerveCatalog.byId(nerve)
              .companionVessel()
              .map(v -> v.replaceAll("\\s*\\(.*\\)\\s*$", ""))
              .orElse(name);
    }
    return new PlanStructure.Vessel(name, crossing(centre, viewNormal), round(diameterMm));
  }

  /**
   * The skin or a bone as the plane through the drawn line and square to the view, its normal
   * pointing out of the body, out of the bone, as the case tells which side that is (up an
   * ultrasound image, towards the lower values of a CT).
   */
  private PlanStructure plane(String kind, Vector3 from, Vector3 to) {
    Vector3 along = to.minus(from).normalized();
    Vector3 middle = from.plus(to).times(0.5);
    Vector3 normal =
        planCase.outward(middle, along.cross(viewNormal).normalized(), kind.equals("bone"));
    return kind.equals("skin")
        ? new PlanStructure.Skin(middle, normal)
        : new PlanStructure.Bone(middle, normal);
  }

  private static double round(double mm) {
    return Math.round(mm * 100) / 100.0;
  }

  private void addStructureLocked(PlanStructure structure) {
    if (history == null) {
      rememberDraftLocked();
      List<PlanStructure> more = new ArrayList<>(draftStructures);
      if (structure instanceof PlanStructure.Skin) {
        more.removeIf(s -> s instanceof PlanStructure.Skin);
      }
      more.add(structure);
      draftStructures = List.copyOf(more);
      status = "Marked the " + structure.kind();
      return;
    }
    editLocked(
        plan -> {
          List<PlanStructure> more = new ArrayList<>(plan.structures());
          if (structure instanceof PlanStructure.Skin) {
            more.removeIf(s -> s instanceof PlanStructure.Skin);
          }
          more.add(structure);
          return plan.withStructures(more);
        });
    status = "Marked the " + structure.kind();
  }

  private void addProbeLocked(PlannedProbe probe) {
    if (pending != null) {
      rememberDraftLocked();
      pending = pending.withProbe(probe);
      completePendingLocked();
      return;
    }
    Plan plan = currentLocked();
    if (plan == null || selectedTarget < 0) {
      status = "Choose the target nerve first";
      return;
    }
    int t = selectedTarget;
    try {
      editLocked(
          p -> {
            List<PlannedProbe> more = new ArrayList<>(p.targets().get(t).probes());
            more.add(probe);
            return p.withTarget(t, p.targets().get(t).withProbes(more));
          });
      status = "Placed probe " + (plan.targets().get(t).probes().size() + 1);
    } catch (IllegalArgumentException e) {
      status = "Probe not placed: " + e.getMessage();
    }
  }

  private void completePendingLocked() {
    if (!pending.complete()) {
      status = "Target " + pending.nerve() + ": " + pending.missing();
      return;
    }
    Target target;
    try {
      target =
          new Target(
              pending.nerve(),
              pending.side(),
              pending.pathMm(),
              pending.probes(),
              NerveCatalog.byId(pending.nerve()).protocol());
    } catch (IllegalArgumentException e) {
      status = "Target " + pending.nerve() + " not added: " + e.getMessage();
      return;
    }
    if (history == null) {
      Plan plan =
          Plan.draft(
              planCase.frame(frameNumber),
              planCase.patient(),
              List.of(target),
              draftStructures,
              "generic",
              Contraindications.unanswered(),
              planCase.named());
      history = PlanHistory.of(plan);
      draftUndo.clear();
      draftStructures = List.of();
      selectedTarget = 0;
      dirty = true;
    } else {
      editLocked(p -> p.addTarget(target));
      selectedTarget = history.current().targets().size() - 1;
    }
    status = "Target " + target.nerve() + " planned";
    pending = null;
  }

  /**
   * The handle nearest {@code point} within {@code pickMm} across the view whose normal is {@code
   * viewNormal} (what lies off the view's plane is taken where it is drawn, projected): tips and
   * entries first.
   */
  static PlanHandle nearestHandle(Plan plan, Vector3 point, Vector3 viewNormal, double pickMm) {
    Vector3 n = viewNormal.normalized();
    PlanHandle best = null;
    double bestMm = pickMm;
    for (int t = 0; t < plan.targets().size(); t++) {
      Target target = plan.targets().get(t);
      for (int p = 0; p < target.probes().size(); p++) {
        PlannedProbe probe = target.probes().get(p);
        double tip = inPlane(probe.tipMm().minus(point), n);
        if (tip <= bestMm) {
          bestMm = tip;
          best = new PlanHandle.ProbeTip(t, p);
        }
        double entry = inPlane(probe.entryMm().minus(point), n);
        if (entry <= bestMm) {
          bestMm = entry;
          best = new PlanHandle.ProbeEntry(t, p);
        }
      }
    }
    if (best != null) {
      return best;
    }
    for (int t = 0; t < plan.targets().size(); t++) {
      Target target = plan.targets().get(t);
      for (int p = 0; p < target.probes().size(); p++) {
        PlannedProbe probe = target.probes().get(p);
        double shaft =
            distanceToSegment(flat(point, n), flat(probe.tipMm(), n), flat(probe.entryMm(), n));
        if (shaft <= bestMm) {
          bestMm = shaft;
          best = new PlanHandle.Probe(t, p);
        }
      }
      for (int i = 0; i < target.pathMm().size(); i++) {
        double d = inPlane(target.pathMm().get(i).minus(point), n);
        if (d <= bestMm) {
          bestMm = d;
          best = new PlanHandle.Nerve(t, i);
        }
      }
    }
    for (int s = 0; s < plan.structures().size(); s++) {
      if (plan.structures().get(s) instanceof PlanStructure.Vessel v) {
        for (int i = 0; i < v.pathMm().size(); i++) {
          double d = inPlane(v.pathMm().get(i).minus(point), n) - v.diameterMm() / 2;
          if (d <= bestMm) {
            bestMm = Math.max(d, 0);
            best = new PlanHandle.Vessel(s, i);
          }
        }
      }
    }
    return best;
  }

  /** Distance across the view (a crossing's ends lie off it, straight above its centre). */
  private static double inPlane(Vector3 d, Vector3 viewNormal) {
    return flat(d, viewNormal).length();
  }

  /** {@code v} projected onto the view's plane through the origin. */
  private static Vector3 flat(Vector3 v, Vector3 viewNormal) {
    return v.minus(viewNormal.times(v.dot(viewNormal)));
  }

  private static double distanceToSegment(Vector3 p, Vector3 a, Vector3 b) {
    Vector3 ab = b.minus(a);
    double t = Math.clamp(p.minus(a).dot(ab) / ab.dot(ab), 0, 1);
    return p.minus(a.plus(ab.times(t))).length();
  }

  // ------------------------------------------------------------------ edits, undo, redo

  private void editLocked(UnaryOperator<Plan> change) {
    PlanHistory before = history;
    history = history.edit(change);
    if (history != before) {
      dirty = true;
    }
  }

  private void rememberDraftLocked() {
    if (history == null) {
      draftUndo.add(new Draft(pending, draftStructures));
    }
  }

  private void askFinal() {
    Plan plan;
    synchronized (this) {
      plan = history == null ? null : history.current();
    }
    if (plan != null) {
      live.ask(plan, true);
    }
  }

  /** Applies an edit to the current revision (a new unsigned revision), then predicts it. */
  public void edit(UnaryOperator<Plan> change) {
    synchronized (this) {
      if (history == null) {
        throw new IllegalStateException("no plan to edit yet");
      }
      editLocked(change);
      version++;
    }
    askFinal();
    listeners.fire();
  }

  /**
   * Sets the selected target's protocol: the catalog's is where a target starts; the radiologist
   * may choose another within the gas's reach (setpoint, freezes and thaws).
   *
   * @return why it was refused (a setpoint beyond the gas, a phase too long), or empty
   */
  public Optional<String> setProtocol(
      double setpointC, int cycles, double freezeSec, double thawSec) {
    synchronized (this) {
      if (history == null || selectedTarget < 0) {
        return refuse("No target to set a protocol for");
      }
    }
    try {
      int t = selectedTarget;
      var gas = snapshot().committed().targets().get(t).protocol().gas();
      var protocol =
          new org.cryows.treatment.FreezeProtocol(
              gas,
              setpointC,
              java.util.Collections.nCopies(
                  cycles, new org.cryows.treatment.FreezeCycle(freezeSec, thawSec)));
      edit(plan -> plan.withProtocol(t, protocol));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      synchronized (this) {
        return refuse("Protocol not changed: " + e.getMessage());
      }
    }
  }

  /** Answers a contraindication question: yes, no, or not answered (empty). */
  public void answer(String field, Optional<Boolean> answer) {
    edit(
        plan -> {
          Contraindications c = plan.contraindications();
          return plan.withContraindications(
              switch (field) {
                case "localInfection" ->
                    new Contraindications(answer, c.coagulationDisorder(), c.coldDisease());
                case "coagulationDisorder" ->
                    new Contraindications(c.localInfection(), answer, c.coldDisease());
                case "coldDisease" ->
                    new Contraindications(c.localInfection(), c.coagulationDisorder(), answer);
                default -> throw new IllegalArgumentException("no question " + field);
              });
        });
  }

  public void undo() {
    synchronized (this) {
      if (history != null && history.canUndo()) {
        history = history.undo();
        dirty = true;
        selectedTarget =
            Math.min(Math.max(selectedTarget, 0), history.current().targets().size() - 1);
        status = "Undone: revision " + history.current().revision();
      } else if (history == null && !draftUndo.isEmpty()) {
        Draft d = draftUndo.removeLast();
        pending = d.pending();
        draftStructures = d.structures();
        status = "Undone";
      } else {
        return;
      }
      gesture = null;
      preview = null;
      version++;
    }
    askFinal();
    listeners.fire();
  }

  public void redo() {
    synchronized (this) {
      if (history == null || !history.canRedo()) {
        return;
      }
      history = history.redo();
      dirty = true;
      selectedTarget =
          Math.min(Math.max(selectedTarget, 0), history.current().targets().size() - 1);
      status = "Redone: revision " + history.current().revision();
      gesture = null;
      preview = null;
      version++;
    }
    askFinal();
    listeners.fire();
  }

  // ------------------------------------------------------------------ save, sign, hand over,
  // report

  /** Ctrl+S: writes the current revision to PLAN.json beside the image (on {@code io}). */
  public void save() {
    Plan plan;
    Path file;
    synchronized (this) {
      if (history == null || planCase == null) {
        status = "Nothing to save: a plan needs a target with its nerve traced and a probe";
        version++;
        listeners.fire();
        return;
      }
      plan = history.current();
      file = planCase.planFile();
      busy++;
      version++;
    }
    listeners.fire();
    io.execute(
        () -> {
          String outcome;
          try {
            PlanFile.save(file, plan);
            outcome = "Saved " + file + ", revision " + plan.revision();
          } catch (IOException e) {
            outcome = "Not saved: cannot write " + file + ": " + e.getMessage();
          }
          finish(outcome, plan, false);
        });
  }

  private void finish(String outcome, Plan saved, boolean signed) {
    synchronized (this) {
      busy--;
      status = outcome;
      if (saved != null && history != null && history.current().equals(saved)) {
        dirty = false;
      }
      version++;
    }
    listeners.fire();
  }

  /**
   * Signs the current revision as a radiologist: refused unless the final prediction of this
   * revision has been checked, and while a check fails unless {@code acceptFailedReason} is given;
   * the signed plan is saved beside the image with the audit log (on {@code io}).
   *
   * @return why it was refused at once, or empty when the signing went ahead
   */
  public Optional<String> sign(String user, Optional<String> acceptFailedReason) {
    Plan plan;
    Path file;
    Plan signedPlan;
    synchronized (this) {
      if (history == null || planCase == null) {
        return refuse("Nothing to sign: no plan yet");
      }
      plan = history.current();
      LivePredictionSnapshot s = live.snapshot();
      if (!s.finalFor(plan)) {
        return refuse(
            "Not signed: the checks of revision "
                + plan.revision()
                + " are not complete yet (wait for the final prediction)");
      }
      String summary = s.report().get().summary().jsonName();
      var outcome =
          SignOff.sign(
              plan,
              summary,
              new SignOff.Request(
                  user.strip(), SIGNING_ROLE, acceptFailedReason.map(String::strip)),
              wallClock.instant(),
              osUser);
      if (outcome instanceof SignOff.Refused r) {
        return refuse("Not signed: " + r.reason().replace("--accept-failed REASON", "a reason"));
      }
      signedPlan = ((SignOff.Signed) outcome).plan();
      file = planCase.planFile();
      busy++;
      status = "Signing revision " + signedPlan.revision() + " ...";
      version++;
    }
    listeners.fire();
    io.execute(
        () -> {
          String outcome;
          boolean ok = false;
          try {
            PlanFile.save(file, signedPlan, () -> AuditLog.appendSigning(file, signedPlan));
            ok = true;
            outcome =
                "Signed revision "
                    + signedPlan.revision()
                    + " by "
                    + signedPlan.signature().get().user()
                    + " ("
                    + SIGNING_ROLE
                    + "), saved to "
                    + file
                    + " with the audit log";
          } catch (IOException e) {
            outcome = "Not signed: cannot save " + file + ": " + e.getMessage();
          }
          synchronized (this) {
            if (ok && history != null && history.current().equals(plan)) {
              history = history.signed(signedPlan.signature().get());
              signedRevision = signedPlan.revision();
              dirty = false;
            }
          }
          finish(outcome, ok ? signedPlan : null, ok);
        });
    return Optional.empty();
  }

  private Optional<String> refuse(String why) {
    status = why;
    version++;
    listeners.fire();
    return Optional.of(why);
  }

  /**
   * Offers the signed plan's protocols to the Console: the file beside the image is verified intact
   * first (on {@code io}).
   */
  public void handOver() {
    Path file;
    synchronized (this) {
      if (planCase == null) {
        return;
      }
      file = planCase.planFile();
      busy++;
      version++;
    }
    listeners.fire();
    io.execute(
        () -> {
          String outcome;
          try {
            SignedPlanFile verified = SignedPlanFile.verify(file);
            if (!verified.intact()) {
              outcome =
                  "Not handed over: "
                      + file.getFileName()
                      + (verified.verification().changes().isEmpty()
                          ? " is not signed; sign the plan first"
                          : " changed after signing; sign the new revision first");
            } else {
              Plan plan = verified.plan().orElseThrow();
              String hash = plan.signature().orElseThrow().planHash().value();
              protocols.handOver(
                  new HandedOverProtocol(
                      file,
                      hash,
                      plan.revision(),
                      plan.targets().stream()
                          .map(t -> new HandedOverProtocol.TargetProtocol(t.nerve(), t.protocol()))
                          .toList(),
                      wallClock.instant()));
              outcome =
                  "Handed over: the protocol of signed revision "
                      + plan.revision()
                      + " ("
                      + hash.substring(0, 19)
                      + "...) is ready for the Console. The Console workspace is not available"
                      + " yet.";
            }
          } catch (IOException | PlanFormatException e) {
            outcome = "Not handed over: cannot read " + file + ": " + e.getMessage();
          }
          finish(outcome, null, false);
        });
  }

  /**
   * Writes the PDF report of the current revision to {@code pdf} (on {@code io}): the plan is
   * predicted again with the report's section, as {@code plan report} does.
   */
  public void exportReport(Path pdf) {
    Plan plan;
    Path folder;
    synchronized (this) {
      if (history == null || planCase == null) {
        status = "No plan to report on yet";
        version++;
        listeners.fire();
        return;
      }
      plan = history.current();
      folder = planCase.planFile().getParent();
      busy++;
      status = "Writing the report " + pdf.getFileName() + " ...";
      version++;
    }
    listeners.fire();
    io.execute(
        () -> {
          String outcome;
          if (!PlanInputs.problems(plan).isEmpty()) {
            outcome = "No report: " + PlanInputs.problems(plan);
          } else {
            try (var service = new PredictionService()) {
              ReportSections sections = ReportSections.of(plan, folder);
              CheckedPlan checked =
                  CheckedPlan.check(plan, folder, service, t -> List.of(sections.of(t).plane()));
              int pages =
                  PlanReport.writeFile(
                      checked, sections, PlanCase.PLAN_FILE, wallClock.instant(), pdf);
              outcome =
                  "Report written: "
                      + pdf
                      + " ("
                      + pages
                      + (pages == 1 ? " page" : " pages")
                      + (PlanReport.isDraft(plan) ? ", DRAFT: the plan is not signed" : ", signed")
                      + ")";
            } catch (IOException | RuntimeException e) {
              outcome = "No report: cannot write " + pdf + ": " + e.getMessage();
            }
          }
          finish(outcome, null, false);
        });
  }

  // ------------------------------------------------------------------ snapshot

  private Plan currentLocked() {
    return history == null ? null : history.current();
  }

  private Target selectedTargetLocked() {
    Plan plan = currentLocked();
    return plan == null || selectedTarget < 0 || selectedTarget >= plan.targets().size()
        ? null
        : plan.targets().get(selectedTarget);
  }

  public void selectTarget(int index) {
    synchronized (this) {
      selectedTarget = index;
      pending = null;
      version++;
    }
    listeners.fire();
  }

  /** Nothing under way: no file work, no prediction running or waiting, no drag. */
  public synchronized boolean settled() {
    return busy == 0 && gesture == null && live.settled();
  }

  public synchronized PlanEditorSnapshot snapshot() {
    Plan current = currentLocked();
    String banner = "";
    if (current != null
        && signedRevision > 0
        && !current.isSigned()
        && current.revision() > signedRevision) {
      banner = "Signed plan changed: new unsigned revision " + current.revision();
    }
    return new PlanEditorSnapshot(
        version,
        planCase,
        frameNumber,
        preview != null ? preview : current,
        current,
        pending,
        draftStructures,
        tool,
        gesture,
        selectedTarget,
        probeModel,
        nervesFor(bodyPart),
        (history != null && history.canUndo()) || (history == null && !draftUndo.isEmpty()),
        history != null && history.canRedo(),
        dirty,
        banner,
        status,
        busy > 0,
        live.snapshot(),
        protocols.latest());
  }
}
