package org.cryows.ui.planes.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;
import org.cryows.ui.planes.model.PlanesSnapshot.State;
import org.cryows.ui.viewer.model.PointerButton;

/**
 * The plane views of a volume, without JavaFX: axial, coronal and sagittal along the volume's own
 * axes (the one nearest the acquisition plane shows the native slices), one oblique plane the user
 * turns, and a crosshair linking them. The crosshair is always a voxel centre, so the three
 * standard views pass exactly through it and the pixel under it shows that voxel in each; the
 * oblique plane passes through it too. Clicking or dragging in a view moves the crosshair there;
 * the wheel and Page Up/Down go through the slices; Ctrl+wheel zooms at the pointer, a middle drag
 * pans, a right drag sets the window; the oblique plane's line in a standard view carries handles
 * that turn it.
 *
 * <p>The volume loads on a background executor; pictures are resliced and windowed by the {@link
 * PlaneRenderer} at each view's screen resolution. Thread-safe: commands come from the JavaFX
 * thread, results from background threads; listeners hear of changes on either.
 */
public final class PlanesModel {

  /** Zoom per wheel notch with the zoom modifier held. */
  static final double ZOOM_STEP = 1.15;

  /** The fitted volume leaves this margin around it. */
  static final double FIT_MARGIN = 1.04;

  /** Handles sit this share of half the viewport's shorter side from the crosshair. */
  static final double HANDLE_DISTANCE = 0.7;

  /** A press this close to a handle (screen pixels) grabs it. */
  static final double HANDLE_PICK_PX = 10;

  /** How far the oblique plane starts tilted from the axial view, about its left-right axis. */
  static final double OBLIQUE_START_DEGREES = 30;

  /** One press of [ or ] turns the oblique plane this far. */
  public static final double OBLIQUE_KEY_DEGREES = 5;

  /** A window drag across this many pixels spans the volume's value range. */
  static final double WINDOW_DRAG_PIXELS = 512;

  /** A tilt smaller than this (degrees) from the patient plane goes unmentioned. */
  static final double TILT_SHOWN_FROM = 0.5;

  private final Executor loading;
  private final VolumeLoader loader;
  private final PlaneRenderer renderer;
  private final ChangeListeners listeners = new ChangeListeners();

  private long version;
  private long generation;
  private State state = State.EMPTY;
  private String message = "";
  private Series series;
  private LoadedVolume loaded;
  private Vector3 crosshairIndex;
  private PlaneFrame oblique;
  private final Map<PlaneKind, ViewState> views = new EnumMap<>(PlaneKind.class);
  private int windowOption = -1;
  private VoiChoice.Window draggedWindow;
  private PlaneKind active = PlaneKind.AXIAL;
  private Gesture gesture;
  private PatientPointerTool tool;

  public PlanesModel(Executor loading, VolumeLoader loader, PlaneRenderer renderer) {
    this.loading = loading;
    this.loader = loader;
    this.renderer = renderer;
    for (PlaneKind kind : PlaneKind.values()) {
      views.put(kind, new ViewState());
    }
    renderer.setListener(kind -> changed());
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  private void changed() {
    synchronized (this) {
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ what is shown

  /** Loads {@code series}' volume (off this thread) and shows it, crosshair at its centre. */
  public void show(Series series) {
    long asked;
    synchronized (this) {
      if (series == this.series && state != State.EMPTY) {
        return;
      }
      generation++;
      asked = generation;
      this.series = series;
      loaded = null;
      gesture = null;
      state = State.LOADING;
      message = "Loading the volume of " + seriesName(series) + "…";
      renderer.clear();
      version++;
    }
    listeners.fire();
    loading.execute(() -> load(asked, series));
  }

  /** Shows nothing. */
  public void clear() {
    synchronized (this) {
      generation++;
      series = null;
      loaded = null;
      gesture = null;
      state = State.EMPTY;
      message = "";
      renderer.clear();
      version++;
    }
    listeners.fire();
  }

  private void load(long asked, Series series) {
    LoadedVolume volume = null;
    String failure = "";
    try {
      Volume v = SeriesVolumes.load(series, loader);
      volume = LoadedVolume.of(asked, series, v);
    } catch (SeriesVolumes.VolumeProblem e) {
      failure = e.getMessage();
    } catch (RuntimeException e) {
      failure = "the volume could not be built: " + e;
    }
    synchronized (this) {
      if (asked != generation) {
        return; // another series was asked for meanwhile
      }
      if (volume == null) {
        state = State.FAILED;
        message = "No planes for " + seriesName(series) + ": " + failure;
      } else {
        loaded = volume;
        state = State.SHOWN;
        message = "";
        active = volume.frames().nativeView();
        resetLocked();
      }
      version++;
    }
    listeners.fire();
  }

  private static String seriesName(Series series) {
    String number =
        series.seriesNumber().isPresent() ? "series " + series.seriesNumber().getAsInt() : "";
    String description = series.description().isBlank() ? "" : series.description();
    String name = (number + " " + description).strip();
    return name.isEmpty() ? "the series" : name;
  }

  /** The volume shown, when one is. */
  public synchronized Optional<LoadedVolume> loaded() {
    return Optional.ofNullable(loaded);
  }

  /** Whether a volume is asked for, loading, shown or failed. */
  public synchronized State state() {
    return state;
  }

  /** What the views say while loading, or why there is no volume. */
  public synchronized String message() {
    return message;
  }

  /** The series asked for (loading, shown or failed). */
  public synchronized Optional<Series> series() {
    return Optional.ofNullable(series);
  }

  // ------------------------------------------------------------------ crosshair and slices

  /** Moves the crosshair to the voxel centre nearest {@code point_Patient}, kept in the volume. */
  public void setCrosshair(Vector3 point_Patient) {
    synchronized (this) {
      if (loaded == null) {
        return;
      }
      crosshairIndex = loaded.grid().nearestVoxel(point_Patient);
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  /** The view the keys act on (the last one pressed or hovered). */
  public void activate(PlaneKind kind) {
    synchronized (this) {
      if (active == kind) {
        return;
      }
      active = kind;
      version++;
    }
    listeners.fire();
  }

  /** The next ({@code delta} > 0) or previous slices of the active view. */
  public void step(int delta) {
    PlaneKind kind;
    synchronized (this) {
      kind = active;
    }
    step(kind, delta);
  }

  /**
   * Moves the crosshair {@code delta} slices along the view's normal (positive: into the screen);
   * stops at the volume's ends. The oblique view moves to the nearest voxel centre that is not the
   * current one along its normal.
   */
  public void step(PlaneKind kind, int delta) {
    synchronized (this) {
      if (loaded == null || delta == 0) {
        return;
      }
      crosshairIndex =
          kind.standard() ? steppedStandardLocked(kind, delta) : steppedObliqueLocked(delta);
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  private Vector3 steppedStandardLocked(PlaneKind kind, int delta) {
    int axis = loaded.frames().normalAxis(kind);
    VolumeGrid grid = loaded.grid();
    int sign = grid.axis(axis).dot(frameLocked(kind).normal()) >= 0 ? 1 : -1;
    double[] index = {crosshairIndex.x(), crosshairIndex.y(), crosshairIndex.z()};
    index[axis] = Math.clamp(index[axis] + (long) sign * delta, 0, grid.count(axis) - 1);
    return new Vector3(index[0], index[1], index[2]);
  }

  private Vector3 steppedObliqueLocked(int delta) {
    VolumeGrid grid = loaded.grid();
    Vector3 normal = oblique.normal().times(Math.signum(delta));
    Vector3 current = crosshairIndex;
    double step = grid.finestSpacingMm() / 4;
    for (int slice = 0; slice < Math.abs(delta); slice++) {
      Vector3 from = grid.point(current);
      for (int n = 1; n <= 16; n++) {
        Vector3 candidate = grid.nearestVoxel(from.plus(normal.times(n * step)));
        if (!candidate.equals(current)) {
          current = candidate;
          break;
        }
      }
    }
    return current;
  }

  /**
   * Turns the oblique plane by {@code degrees} about the active view's normal (about its own
   * left-right axis when the oblique view is active), through the crosshair.
   */
  public void rotateOblique(double degrees) {
    synchronized (this) {
      if (loaded == null) {
        return;
      }
      Vector3 axis = active.standard() ? frameLocked(active).normal() : oblique.right();
      oblique = oblique.rotated(axis, degrees);
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  /** Back to the start: crosshair at the centre, views fitted, oblique plane and window reset. */
  public void reset() {
    synchronized (this) {
      if (loaded == null) {
        return;
      }
      resetLocked();
      version++;
    }
    listeners.fire();
  }

  private void resetLocked() {
    VolumeGrid grid = loaded.grid();
    crosshairIndex = grid.nearestVoxel(grid.centre_Patient());
    PlaneFrame axial = loaded.frames().frame(PlaneKind.AXIAL);
    oblique = axial.rotated(axial.right(), -OBLIQUE_START_DEGREES);
    windowOption = PlaneWindowOption.startingOption(loaded.windows(), loaded.modality());
    draggedWindow = null;
    views.values().forEach(ViewState::fit);
    requestLocked();
  }

  /** Fits every view to the volume again (F). */
  public void fit() {
    synchronized (this) {
      views.values().forEach(ViewState::fit);
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ window

  /** Applies window option {@code index} of {@link PlanesSnapshot#windowOptions()}. */
  public void chooseWindow(int index) {
    synchronized (this) {
      if (loaded == null) {
        return;
      }
      if (index < 0 || index >= loaded.windows().size()) {
        throw new IllegalArgumentException(
            "window option " + index + " of " + loaded.windows().size());
      }
      windowOption = index;
      draggedWindow = null;
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  /** Sets the window in the volume's units (centre, width), as a right drag ends up doing. */
  public void setWindow(double center, double width) {
    synchronized (this) {
      if (loaded == null) {
        return;
      }
      draggedWindow = new VoiChoice.Window(center, Math.max(1, width));
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  private VoiChoice voiLocked() {
    if (draggedWindow != null) {
      return draggedWindow;
    }
    return loaded.windows().get(windowOption).voi();
  }

  /** The window in use in the volume's units; empty for the VOI LUT. */
  private Optional<VoiChoice.Window> windowLocked() {
    VoiChoice voi = voiLocked();
    return switch (voi) {
      case VoiChoice.Window w -> Optional.of(w);
      case VoiChoice.Preset p -> {
        var w = loaded.volume().display().windows().get(p.index());
        yield Optional.of(new VoiChoice.Window(w.center(), w.width()));
      }
      default -> Optional.empty();
    };
  }

  // ------------------------------------------------------------------ viewports and gestures

  /** The view's size on screen, in pixels. */
  public void resize(PlaneKind kind, double width, double height) {
    synchronized (this) {
      ViewState view = views.get(kind);
      int w = (int) Math.floor(width);
      int h = (int) Math.floor(height);
      if (view.width == w && view.height == h) {
        return;
      }
      view.width = w;
      view.height = h;
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  /** Sets the tool that takes primary-button gestures in patient coordinates; null: none. */
  public void setPointerTool(PatientPointerTool tool) {
    synchronized (this) {
      this.tool = tool;
      gesture = null;
    }
  }

  /** A button went down at viewport point (x, y) of a view. */
  public void press(PlaneKind kind, PointerButton button, double x, double y, int clicks) {
    PatientPointerTool offeredTo = null;
    Vector3 point = null;
    synchronized (this) {
      active = kind;
      PlaneViewport viewport = viewportLocked(kind);
      if (viewport == null) {
        return;
      }
      point = viewport.patientAt(x, y);
      switch (button) {
        case SECONDARY -> gesture = windowDragLocked(x, y);
        case MIDDLE -> gesture = new Gesture.Pan(kind, x, y);
        case PRIMARY -> {
          if (kind.standard() && nearHandleLocked(kind, viewport, x, y)) {
            ScreenPoint c = viewport.screenOf(grid().point(crosshairIndex));
            gesture = new Gesture.Turn(kind, Math.atan2(y - c.y(), x - c.x()));
          } else if (tool != null) {
            offeredTo = tool;
          } else {
            gesture = new Gesture.Crosshair(kind);
            moveCrosshairLocked(viewport, x, y);
          }
        }
      }
      version++;
    }
    if (offeredTo != null && offeredTo.press(kind, point, button, clicks)) {
      synchronized (this) {
        gesture = new Gesture.Tool(kind, offeredTo);
      }
    } else if (offeredTo != null) {
      synchronized (this) {
        gesture = new Gesture.Crosshair(kind);
        PlaneViewport viewport = viewportLocked(kind);
        if (viewport != null) {
          moveCrosshairLocked(viewport, x, y);
        }
        version++;
      }
    }
    listeners.fire();
  }

  /** The pointer moved with a button held. */
  public void drag(double x, double y) {
    Gesture.Tool toolGesture = null;
    Vector3 point = null;
    synchronized (this) {
      if (gesture == null || loaded == null) {
        return;
      }
      PlaneViewport viewport = viewportLocked(gesture.kind());
      if (viewport == null) {
        return;
      }
      switch (gesture) {
        case Gesture.Crosshair c -> moveCrosshairLocked(viewport, x, y);
        case Gesture.Pan p -> {
          views.get(p.kind()).panBy(x - p.lastX(), y - p.lastY(), viewport.mmPerPixel());
          gesture = new Gesture.Pan(p.kind(), x, y);
          requestLocked();
        }
        case Gesture.WindowDrag w -> {
          draggedWindow =
              new VoiChoice.Window(
                  w.center() + (y - w.startY()) * w.perPixel(),
                  Math.max(1, w.width() + (x - w.startX()) * w.perPixel()));
          requestLocked();
        }
        case Gesture.Turn t -> {
          ScreenPoint c = viewport.screenOf(grid().point(crosshairIndex));
          double angle = Math.atan2(y - c.y(), x - c.x());
          double delta = Math.IEEEremainder(angle - t.lastAngle(), 2 * Math.PI);
          oblique = oblique.rotated(viewport.frame().normal(), Math.toDegrees(delta));
          gesture = new Gesture.Turn(t.kind(), angle);
          requestLocked();
        }
        case Gesture.Tool t -> {
          toolGesture = t;
          point = viewport.patientAt(x, y);
        }
      }
      version++;
    }
    if (toolGesture != null) {
      toolGesture.tool().drag(toolGesture.kind(), point);
    }
    listeners.fire();
  }

  /** The pointer moved over (x, y) of a view with no button held: the tool hears of it. */
  public void hover(PlaneKind kind, double x, double y) {
    PatientPointerTool hearing;
    Vector3 point;
    synchronized (this) {
      PlaneViewport viewport = viewportLocked(kind);
      if (tool == null || gesture != null || viewport == null) {
        return;
      }
      hearing = tool;
      point = viewport.patientAt(x, y);
    }
    hearing.hover(kind, point);
  }

  /** The button came up at (x, y). */
  public void release(double x, double y) {
    Gesture.Tool toolGesture = null;
    Vector3 point = null;
    synchronized (this) {
      if (gesture instanceof Gesture.Tool t) {
        PlaneViewport viewport = viewportLocked(t.kind());
        if (viewport != null) {
          toolGesture = t;
          point = viewport.patientAt(x, y);
        }
      }
      gesture = null;
      version++;
    }
    if (toolGesture != null) {
      toolGesture.tool().release(toolGesture.kind(), point);
    }
    listeners.fire();
  }

  /**
   * The wheel turned {@code notches} (positive: away from the user) over (x, y) of a view: the
   * previous or next slice, or a zoom at the pointer with the modifier held.
   */
  public void scroll(PlaneKind kind, double notches, double x, double y, boolean zoom) {
    if (notches == 0) {
      return;
    }
    if (!zoom) {
      activate(kind);
      step(kind, notches > 0 ? -1 : 1);
      return;
    }
    synchronized (this) {
      PlaneViewport viewport = viewportLocked(kind);
      if (viewport == null) {
        return;
      }
      ViewState view = views.get(kind);
      Vector3 under = viewport.patientAt(x, y);
      view.zoom *= Math.pow(ZOOM_STEP, notches);
      double mmPerPixel = fitMmPerPixelLocked(kind, view) / view.zoom;
      PlaneFrame frame = viewport.frame();
      Vector3 centre =
          under
              .minus(frame.right().times((x - view.width / 2.0) * mmPerPixel))
              .minus(frame.down().times((y - view.height / 2.0) * mmPerPixel));
      Vector3 offset = centre.minus(baseCentreLocked(frame));
      view.panRightMm = offset.dot(frame.right());
      view.panDownMm = offset.dot(frame.down());
      requestLocked();
      version++;
    }
    listeners.fire();
  }

  /** Drops a drag in progress. */
  public void cancelGesture() {
    synchronized (this) {
      gesture = null;
      version++;
    }
    listeners.fire();
  }

  private void moveCrosshairLocked(PlaneViewport viewport, double x, double y) {
    double cx = Math.clamp(x, 0, viewport.width());
    double cy = Math.clamp(y, 0, viewport.height());
    crosshairIndex = grid().nearestVoxel(viewport.patientAt(cx, cy));
    requestLocked();
  }

  private Gesture windowDragLocked(double x, double y) {
    if (loaded == null) {
      return null;
    }
    Optional<VoiChoice.Window> window = windowLocked();
    VolumeValues values = loaded.values();
    double center = window.map(VoiChoice.Window::center).orElse(values.windowCenter());
    double width = window.map(VoiChoice.Window::width).orElse(values.windowWidth());
    double perPixel = Math.max(1, values.highPercentile() - values.lowPercentile());
    return new Gesture.WindowDrag(active, x, y, center, width, perPixel / WINDOW_DRAG_PIXELS);
  }

  private boolean nearHandleLocked(PlaneKind kind, PlaneViewport viewport, double x, double y) {
    for (CrosshairLine line : linesLocked(kind, viewport)) {
      for (ScreenPoint h : line.handles()) {
        if (Math.hypot(h.x() - x, h.y() - y) <= HANDLE_PICK_PX) {
          return true;
        }
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ geometry

  private VolumeGrid grid() {
    return loaded.grid();
  }

  private PlaneFrame frameLocked(PlaneKind kind) {
    return kind == PlaneKind.OBLIQUE ? oblique : loaded.frames().frame(kind);
  }

  /** The volume's centre moved along the view's normal into the plane through the crosshair. */
  private Vector3 baseCentreLocked(PlaneFrame frame) {
    Vector3 centre = grid().centre_Patient();
    Vector3 crosshair = grid().point(crosshairIndex);
    Vector3 n = frame.normal();
    return centre.plus(n.times(crosshair.minus(centre).dot(n)));
  }

  /** The mm per pixel at which the volume's projection fits the view. */
  private double fitMmPerPixelLocked(PlaneKind kind, ViewState view) {
    PlaneFrame frame = frameLocked(kind);
    Vector3 centre = grid().centre_Patient();
    double halfRight = 0;
    double halfDown = 0;
    for (Vector3 corner : grid().corners_Patient()) {
      Vector3 offset = corner.minus(centre);
      halfRight = Math.max(halfRight, Math.abs(offset.dot(frame.right())));
      halfDown = Math.max(halfDown, Math.abs(offset.dot(frame.down())));
    }
    double voxel = grid().finestSpacingMm();
    double spanRight = 2 * halfRight + voxel;
    double spanDown = 2 * halfDown + voxel;
    return FIT_MARGIN * Math.max(spanRight / view.width, spanDown / view.height);
  }

  private PlaneViewport viewportLocked(PlaneKind kind) {
    ViewState view = views.get(kind);
    if (loaded == null || view.width < 1 || view.height < 1) {
      return null;
    }
    PlaneFrame frame = frameLocked(kind);
    Vector3 centre =
        baseCentreLocked(frame)
            .plus(frame.right().times(view.panRightMm))
            .plus(frame.down().times(view.panDownMm));
    double mmPerPixel = fitMmPerPixelLocked(kind, view) / view.zoom;
    return new PlaneViewport(frame, centre, mmPerPixel, view.width, view.height);
  }

  /** The other views' planes cut through this one, each through the crosshair. */
  private List<CrosshairLine> linesLocked(PlaneKind kind, PlaneViewport viewport) {
    List<CrosshairLine> lines = new ArrayList<>();
    ScreenPoint c = viewport.screenOf(grid().point(crosshairIndex));
    PlaneFrame frame = viewport.frame();
    for (PlaneKind other : PlaneKind.values()) {
      if (other == kind) {
        continue;
      }
      Vector3 along = frame.normal().cross(frameLocked(other).normal());
      double dx = along.dot(frame.right());
      double dy = along.dot(frame.down());
      double length = Math.hypot(dx, dy);
      if (length < 1e-6) {
        continue; // parallel planes do not cut
      }
      dx /= length;
      dy /= length;
      double[] ends = clip(c.x(), c.y(), dx, dy, viewport.width(), viewport.height());
      if (ends == null) {
        continue;
      }
      List<ScreenPoint> handles = new ArrayList<>();
      if (other == PlaneKind.OBLIQUE) {
        double reach = HANDLE_DISTANCE * Math.min(viewport.width(), viewport.height()) / 2;
        handles.add(new ScreenPoint(c.x() + dx * reach, c.y() + dy * reach));
        handles.add(new ScreenPoint(c.x() - dx * reach, c.y() - dy * reach));
      }
      lines.add(
          new CrosshairLine(
              other,
              new ScreenPoint(c.x() + dx * ends[0], c.y() + dy * ends[0]),
              new ScreenPoint(c.x() + dx * ends[1], c.y() + dy * ends[1]),
              handles));
    }
    return lines;
  }

  /**
   * The parameters [t0, t1] where the line (x + t dx, y + t dy) is inside [0, width] x [0, height];
   * null when it misses.
   */
  static double[] clip(double x, double y, double dx, double dy, double width, double height) {
    double t0 = Double.NEGATIVE_INFINITY;
    double t1 = Double.POSITIVE_INFINITY;
    double[][] slabs = {{x, dx, width}, {y, dy, height}};
    for (double[] s : slabs) {
      if (Math.abs(s[1]) < 1e-12) {
        if (s[0] < 0 || s[0] > s[2]) {
          return null;
        }
        continue;
      }
      double a = (0 - s[0]) / s[1];
      double b = (s[2] - s[0]) / s[1];
      t0 = Math.max(t0, Math.min(a, b));
      t1 = Math.min(t1, Math.max(a, b));
    }
    return t0 <= t1 ? new double[] {t0, t1} : null;
  }

  /** Asks the renderer for every sized view's picture of the current state. */
  private void requestLocked() {
    if (loaded == null) {
      return;
    }
    VoiChoice voi = voiLocked();
    for (PlaneKind kind : PlaneKind.values()) {
      PlaneViewport viewport = viewportLocked(kind);
      if (viewport != null) {
        renderer.want(
            new PlaneRenderer.Request(
                kind,
                loaded.volume(),
                new PlaneImage.Key(loaded.generation(), viewport.reslicePlane(), voi)));
      }
    }
  }

  // ------------------------------------------------------------------ snapshot

  public synchronized boolean settled() {
    return snapshot().settled();
  }

  /** Grows with every change; a view that drew this version is up to date. */
  public synchronized long version() {
    return version;
  }

  public synchronized PlanesSnapshot snapshot() {
    Map<PlaneKind, PlaneViewSnapshot> shown = new EnumMap<>(PlaneKind.class);
    if (loaded == null) {
      return new PlanesSnapshot(
          version, state, message, "", List.of(), shown, null, "", List.of(), -1, "", active);
    }
    VoiChoice voi = voiLocked();
    for (PlaneKind kind : PlaneKind.values()) {
      shown.put(kind, viewSnapshotLocked(kind, voi));
    }
    List<String> problems = new ArrayList<>(loaded.volume().geometry().problemTexts());
    for (ImageProblem p : loaded.volume().display().problems()) {
      problems.add(p.toString());
    }
    return new PlanesSnapshot(
        version,
        state,
        message,
        loaded.description(),
        problems,
        shown,
        grid().point(crosshairIndex),
        crosshairTextLocked(),
        loaded.windows().stream().map(PlaneWindowOption::label).toList(),
        draggedWindow == null ? windowOption : -1,
        windowTextLocked(),
        active);
  }

  private PlaneViewSnapshot viewSnapshotLocked(PlaneKind kind, VoiChoice voi) {
    PlaneFrame frame = frameLocked(kind);
    PlaneViewport viewport = viewportLocked(kind);
    boolean nativeSlices = kind.standard() && loaded.frames().nativeView() == kind;
    PlaneImage image = renderer.latest(kind).orElse(null);
    if (image != null && image.key().volumeGeneration() != loaded.generation()) {
      image = null;
    }
    return new PlaneViewSnapshot(
        kind,
        titleLocked(kind, frame, nativeSlices),
        nativeSlices,
        viewport,
        frame.edgeLabels(),
        positionLocked(kind),
        viewport == null ? null : viewport.screenOf(grid().point(crosshairIndex)),
        viewport == null ? List.of() : linesLocked(kind, viewport),
        image,
        viewport == null
            ? null
            : new PlaneImage.Key(loaded.generation(), viewport.reslicePlane(), voi));
  }

  private String titleLocked(PlaneKind kind, PlaneFrame frame, boolean nativeSlices) {
    if (kind == PlaneKind.OBLIQUE) {
      return kind.title();
    }
    Vector3 patientNormal =
        switch (kind) {
          case AXIAL -> new Vector3(0, 0, 1);
          case CORONAL -> new Vector3(0, 1, 0);
          default -> new Vector3(1, 0, 0);
        };
    double angle = frame.normal().angleDegreesTo(patientNormal);
    double tilt = Math.min(angle, 180 - angle);
    String title = kind.title() + (nativeSlices ? " · as acquired" : "");
    if (tilt >= TILT_SHOWN_FROM) {
      title += String.format(Locale.ROOT, "%s %.0f° tilt", nativeSlices ? "," : " ·", tilt);
    }
    return title;
  }

  private String positionLocked(PlaneKind kind) {
    if (kind == PlaneKind.OBLIQUE) {
      double tilt =
          oblique.normal().angleDegreesTo(loaded.frames().frame(PlaneKind.AXIAL).normal());
      return String.format(Locale.ROOT, "%.0f° from axial", tilt);
    }
    int axis = loaded.frames().normalAxis(kind);
    double index =
        axis == 0 ? crosshairIndex.x() : axis == 1 ? crosshairIndex.y() : crosshairIndex.z();
    return String.format(
        Locale.ROOT, "Slice %d / %d", Math.round(index) + 1, loaded.grid().count(axis));
  }

  private String crosshairTextLocked() {
    Vector3 p = grid().point(crosshairIndex);
    int i = (int) crosshairIndex.x();
    int j = (int) crosshairIndex.y();
    int k = (int) crosshairIndex.z();
    double value = loaded.volume().value(i, j, k);
    return String.format(
        Locale.ROOT,
        "Crosshair x %.1f y %.1f z %.1f mm (LPS) · voxel (%d, %d, %d) · %.0f%s",
        p.x(),
        p.y(),
        p.z(),
        i,
        j,
        k,
        value,
        loaded.unit());
  }

  private String windowTextLocked() {
    Optional<VoiChoice.Window> window = windowLocked();
    if (window.isEmpty()) {
      return "VOI LUT of the series";
    }
    String text =
        String.format(Locale.ROOT, "C %.0f W %.0f", window.get().center(), window.get().width());
    if (draggedWindow == null) {
      String label = loaded.windows().get(windowOption).label();
      int paren = label.lastIndexOf(" (");
      text += " (" + (paren > 0 ? label.substring(0, paren) : label) + ")";
    }
    return text;
  }

  /** The crosshair's voxel index, for tests; null when no volume is shown. */
  public synchronized Vector3 crosshairIndex() {
    return loaded == null ? null : crosshairIndex;
  }

  /** The oblique plane's frame, for tests and later layers; null when no volume is shown. */
  public synchronized PlaneFrame obliqueFrame() {
    return loaded == null ? null : oblique;
  }

  /** A view's size, zoom and pan. Guarded by the model's lock. */
  private static final class ViewState {
    int width;
    int height;
    double zoom = 1;
    double panRightMm;
    double panDownMm;

    void fit() {
      zoom = 1;
      panRightMm = 0;
      panDownMm = 0;
    }

    void panBy(double dx, double dy, double mmPerPixel) {
      panRightMm -= dx * mmPerPixel;
      panDownMm -= dy * mmPerPixel;
    }
  }

  /** A drag in progress and what it started from. */
  private sealed interface Gesture {
    PlaneKind kind();

    record Crosshair(PlaneKind kind) implements Gesture {}

    record Pan(PlaneKind kind, double lastX, double lastY) implements Gesture {}

    record WindowDrag(
        PlaneKind kind, double startX, double startY, double center, double width, double perPixel)
        implements Gesture {}

    record Turn(PlaneKind kind, double lastAngle) implements Gesture {}

    record Tool(PlaneKind kind, PatientPointerTool tool) implements Gesture {}
  }
}
