package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.Executor;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.imaging.ultrasound.PixelPoint;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.model.MonotonicClock;

/**
 * The 2-D viewer, without JavaFX: which image of a stack is shown, the cine playing it at its true
 * rate, the window, zoom and pan, and the measurements drawn on it. Files are opened on a
 * background executor and frames rendered by the {@link FramePipeline}; a result that arrives for
 * an image no longer asked for is dropped. Every command is a method a headless test can call; the
 * view calls {@link #tick} once per screen refresh while a cine plays and draws {@link #snapshot}.
 *
 * <p>Thread-safe: commands come from the JavaFX thread, results from background threads; listeners
 * are told of changes on either.
 */
public final class ViewerModel {

  /** Frames decoded and rendered ahead of a playing cine. */
  static final int CINE_AHEAD = 8;

  /**
   * While a cine waits paused, its frames are rendered ahead up to this many bytes, so that it
   * plays smoothly from its first pass (the 30-frame sample at its screen size takes about 54 MB).
   */
  static final long PAUSED_AHEAD_BYTES = 96L << 20;

  /** Frames are rendered at their screen size up to this many viewports across or down. */
  static final double SCREEN_SIZE_LIMIT = 2;

  /** Zoom per wheel notch with the zoom modifier held. */
  static final double ZOOM_STEP = 1.15;

  private static final String NOTHING_OPEN =
      "No image open. Open files or a folder (Ctrl+O), or drop them on the window.";

  private final ImageLibrary images;
  private final FramePipeline pipeline;
  private final Executor background;
  private final MonotonicClock clock;
  private final ChangeListeners listeners = new ChangeListeners();

  private long version;
  private long generation;
  private String emptyMessage = NOTHING_OPEN;
  private ImageStack stack;
  private int position;
  private OpenedImage opened;
  private String openFailure = "";
  private CinePlayer cine;
  private boolean loop = true;
  private double speed = 1;
  private final WindowChoice window = new WindowChoice();
  private final Viewport viewport = new Viewport();
  private Tool tool = Tool.WINDOW;
  private final MeasurementDrawing drawing = new MeasurementDrawing();
  private Gesture gesture;
  private RenderedFrame displayed;
  private int aheadFrom = -1;

  public ViewerModel(
      ImageLibrary images, FramePipeline pipeline, Executor background, MonotonicClock clock) {
    this.images = images;
    this.pipeline = pipeline;
    this.background = background;
    this.clock = clock;
    pipeline.setListener(
        new FramePipeline.Listener() {
          @Override
          public void rendered(RenderKey key) {
            frameReady(key);
          }

          @Override
          public void failed(RenderKey key, String reason) {
            frameFailed(key);
          }
        });
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  // ------------------------------------------------------------------ what is shown

  /** Shows {@code stack} from its start position, fitted, paused, with the image's own window. */
  public void show(ImageStack stack) {
    synchronized (this) {
      generation++;
      aheadFrom = -1;
      this.stack = stack;
      position = stack.start();
      opened = null;
      openFailure = "";
      cine = null;
      window.reset();
      viewport.fit();
      displayed = null;
      cancelGestureLocked();
      openCurrentFileLocked();
      version++;
    }
    listeners.fire();
  }

  /** Shows nothing, with {@code message} in the viewport (empty for the usual one). */
  public void clear(String message) {
    synchronized (this) {
      generation++;
      stack = null;
      opened = null;
      openFailure = "";
      cine = null;
      displayed = null;
      cancelGestureLocked();
      emptyMessage = message.isEmpty() ? NOTHING_OPEN : message;
      version++;
    }
    listeners.fire();
  }

  private void openCurrentFileLocked() {
    Path file = currentPositionLocked().file();
    if (opened != null && opened.file().equals(file)) {
      requestDisplayLocked();
      return;
    }
    opened = null;
    openFailure = "";
    long asked = generation;
    background.execute(
        () -> {
          OpenedImage image = null;
          String failure = "";
          try {
            image = images.open(file);
          } catch (DicomReadException e) {
            failure = e.reason();
          } catch (RuntimeException e) {
            failure = "cannot be opened: " + e;
          }
          opened(asked, file, image, failure);
        });
  }

  private void opened(long asked, Path file, OpenedImage image, String failure) {
    synchronized (this) {
      if (asked != generation || stack == null || !currentPositionLocked().file().equals(file)) {
        return; // stale: another image was asked for meanwhile
      }
      if (image == null) {
        openFailure = failure;
        displayed = null;
      } else {
        opened = image;
        if (stack.singleFile() && position == 0 && image.missingReason(0).isPresent()) {
          // A cine whose first frame is lost opens on its first intact frame.
          image.image().presentFrames().stream().findFirst().ifPresent(f -> position = f);
        }
        window.startOn(image);
        setUpCineLocked();
        requestDisplayLocked();
      }
      version++;
    }
    listeners.fire();
  }

  private void setUpCineLocked() {
    cine = null;
    if (!stack.singleFile() || opened.frameCount() < 2 || !opened.timing().timed()) {
      return;
    }
    try {
      cine = new CinePlayer(opened.timing());
    } catch (IllegalArgumentException e) {
      return;
    }
    cine.setLoop(loop);
    cine.setSpeed(speed, clock.nowMs());
    cine.show(currentPositionLocked().frame());
  }

  private ImageStack.Position currentPositionLocked() {
    return stack.positions().get(position);
  }

  private RenderKey keyForFrameLocked(int frame) {
    if (opened == null) {
      return null;
    }
    VoiChoice voi = opened.grayscale() ? window.voi(opened.description()) : null;
    ImageToViewport t = transformLocked();
    PixelDescription d = opened.description();
    long width = Math.round(d.columns() * t.scaleX());
    long height = Math.round(d.rows() * t.scaleY());
    // Rendered at its size on screen, unless no screen is known yet or the image is zoomed far
    // beyond the viewport (then only a part shows, and the renderer scales the image itself).
    if (!viewport.sized()
        || width > SCREEN_SIZE_LIMIT * viewport.width()
        || height > SCREEN_SIZE_LIMIT * viewport.height()) {
      return new RenderKey(opened.file(), frame, voi);
    }
    return new RenderKey(opened.file(), frame, voi, (int) width, (int) height);
  }

  private RenderKey currentKeyLocked() {
    if (opened == null || stack == null || !currentPositionLocked().file().equals(opened.file())) {
      return null;
    }
    return keyForFrameLocked(currentPositionLocked().frame());
  }

  private void requestDisplayLocked() {
    RenderKey key = currentKeyLocked();
    if (key == null) {
      return;
    }
    pipeline.want(key).ifPresent(frame -> displayed = frame);
  }

  private void frameReady(RenderKey key) {
    synchronized (this) {
      RenderKey current = currentKeyLocked();
      if (!key.equals(current)) {
        return; // rendered ahead, or for an image no longer shown
      }
      if (displayed != null && displayed.key().equals(key)) {
        return;
      }
      var ready = pipeline.ready(key);
      if (ready.isEmpty()) {
        return;
      }
      boolean first = displayed == null;
      displayed = ready.get();
      if (first && cine != null) {
        // The first frame is on screen: the rest of the cine is prepared while it is looked at.
        long frameBytes = 4L * displayed.width() * displayed.height();
        int count = (int) Math.max(CINE_AHEAD, PAUSED_AHEAD_BYTES / Math.max(1, frameBytes));
        aheadLocked(key.frame() + 1, count);
      }
      version++;
    }
    listeners.fire();
  }

  private void frameFailed(RenderKey key) {
    synchronized (this) {
      if (!key.equals(currentKeyLocked())) {
        return;
      }
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ cine and stepping

  /**
   * Moves a playing cine to now; called once per screen refresh. Returns whether the frame on
   * screen changed.
   */
  public boolean tick() {
    boolean changed;
    synchronized (this) {
      if (cine == null || !cine.playing()) {
        return false;
      }
      double now = clock.nowMs();
      changed = cine.tick(now, this::readyOrFailedLocked);
      if (changed) {
        aheadLocked(cine.frame() + 1);
        if (showableLocked(cine.frame())) {
          position = cine.frame();
          pipeline.ready(currentKeyLocked()).ifPresent(frame -> displayed = frame);
        }
        // A frame missing from a damaged cine holds the last intact one on screen, with its
        // number: the overlay never names a frame it does not show. The notes list the bad ones.
      } else if (cine.playing()) {
        int due = cine.dueFrame(now);
        if (due != cine.frame() && !readyOrFailedLocked(due)) {
          // The frame due is late: it comes first, and what follows it is prepared behind it.
          pipeline.want(keyForFrameLocked(due)); // shown by a later tick once it is ready
          aheadLocked(due + 1);
        }
      }
      if (changed || !cine.playing()) {
        version++;
      } else {
        return false;
      }
    }
    listeners.fire();
    return changed;
  }

  /** Whether the cine can move on to {@code frame}: it is rendered, or it can never be shown. */
  private boolean readyOrFailedLocked(int frame) {
    return !showableLocked(frame) || pipeline.ready(keyForFrameLocked(frame)).isPresent();
  }

  /** Whether {@code frame} of the open file has data and has not failed to decode. */
  private boolean showableLocked(int frame) {
    return opened.missingReason(frame).isEmpty()
        && pipeline.failure(opened.file(), frame).isEmpty();
  }

  /** Why the frame asked for cannot be shown: missing from the file, or its decode failed. */
  private String frameProblemLocked(ImageStack.Position at) {
    if (opened == null || !opened.file().equals(at.file())) {
      return "";
    }
    return opened
        .missingReason(at.frame())
        .or(() -> pipeline.failure(at.file(), at.frame()))
        .orElse("");
  }

  /** Prepares the frames from {@code first} on (once per starting frame). */
  private void aheadLocked(int first) {
    aheadLocked(first, CINE_AHEAD);
  }

  /** Prepares {@code count} frames from {@code first} on (once per starting frame). */
  private void aheadLocked(int first, int count) {
    if (cine == null) {
      return;
    }
    int from = first % opened.frameCount();
    if (from == aheadFrom) {
      return;
    }
    aheadFrom = from;
    List<RenderKey> keys = new ArrayList<>();
    for (int frame : cine.upcoming(from, count)) {
      if (opened.missingReason(frame).isEmpty()) {
        keys.add(keyForFrameLocked(frame));
      }
    }
    pipeline.ahead(keys);
  }

  public void play() {
    synchronized (this) {
      if (cine == null || cine.playing()) {
        return;
      }
      cine.play(clock.nowMs());
      aheadFrom = -1;
      aheadLocked(cine.frame() + 1);
      version++;
    }
    listeners.fire();
  }

  public void pause() {
    synchronized (this) {
      if (cine == null || !cine.playing()) {
        return;
      }
      cine.show(currentPositionLocked().frame());
      version++;
    }
    listeners.fire();
  }

  /** Space: plays a paused cine, pauses a playing one; nothing for an image that cannot play. */
  public void togglePlay() {
    boolean playing;
    synchronized (this) {
      playing = cine != null && cine.playing();
    }
    if (playing) {
      pause();
    } else {
      play();
    }
  }

  /**
   * Shows the image {@code delta} positions on (negative: back), pausing a cine. A looping cine
   * wraps around; a stack of images stops at its ends.
   */
  public void step(int delta) {
    synchronized (this) {
      if (stack == null || delta == 0) {
        return;
      }
      int count = stack.positions().size();
      int target =
          cine != null && loop
              ? Math.floorMod(position + delta, count)
              : Math.clamp((long) position + delta, 0, count - 1);
      if (cine != null) {
        cine.pause();
      }
      moveToLocked(target);
      version++;
    }
    listeners.fire();
  }

  /** Shows position {@code index} of the stack (from 0), pausing a cine. */
  public void goTo(int index) {
    synchronized (this) {
      if (stack == null || index < 0 || index >= stack.positions().size()) {
        return;
      }
      if (cine != null) {
        cine.pause();
      }
      moveToLocked(index);
      version++;
    }
    listeners.fire();
  }

  private void moveToLocked(int target) {
    Path before = currentPositionLocked().file();
    position = target;
    cancelGestureLocked();
    if (cine != null) {
      cine.show(currentPositionLocked().frame());
    }
    if (currentPositionLocked().file().equals(before) && opened != null) {
      requestDisplayLocked();
    } else {
      openCurrentFileLocked();
    }
  }

  public void setLoop(boolean loop) {
    synchronized (this) {
      this.loop = loop;
      if (cine != null) {
        cine.setLoop(loop);
      }
      version++;
    }
    listeners.fire();
  }

  /** Playback speed as a multiple of the cine's true rate, {@value CinePlayer#MIN_SPEED} to 4. */
  public void setSpeed(double speed) {
    synchronized (this) {
      if (cine != null) {
        cine.setSpeed(speed, clock.nowMs());
      } else if (!(speed >= CinePlayer.MIN_SPEED && speed <= CinePlayer.MAX_SPEED)) {
        throw new IllegalArgumentException("playback speed " + speed + " is out of range");
      }
      this.speed = speed;
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ window, zoom, pan

  /** Applies option {@code index} of the window menu ({@link WindowStatus#options()}). */
  public void chooseWindow(int index) {
    synchronized (this) {
      if (opened == null || !opened.grayscale()) {
        return;
      }
      window.choose(opened, index);
      requestDisplayLocked();
      version++;
    }
    listeners.fire();
  }

  /** Sets the window in modality units (center, width), as a drag ends up doing. */
  public void setWindow(double center, double width) {
    synchronized (this) {
      if (opened == null || !opened.grayscale()) {
        return;
      }
      window.set(center, width);
      requestDisplayLocked();
      version++;
    }
    listeners.fire();
  }

  public void resizeViewport(double width, double height) {
    synchronized (this) {
      if (width == viewport.width() && height == viewport.height()) {
        return;
      }
      viewport.resize(width, height);
      requestDisplayLocked();
      version++;
    }
    listeners.fire();
  }

  /** Back to the whole image, centred. */
  public void fit() {
    synchronized (this) {
      viewport.fit();
      requestDisplayLocked();
      version++;
    }
    listeners.fire();
  }

  /** Zooms by {@code factor} keeping viewport point (x, y) over the same image point. */
  public void zoomAt(double factor, double x, double y) {
    synchronized (this) {
      if (opened == null) {
        return;
      }
      PixelDescription d = opened.description();
      viewport.zoomAt(factor, x, y, d.columns(), d.rows(), opened.pixelAspect());
      requestDisplayLocked();
      version++;
    }
    listeners.fire();
  }

  public void pan(double dx, double dy) {
    synchronized (this) {
      viewport.pan(dx, dy);
      version++;
    }
    listeners.fire();
  }

  // ------------------------------------------------------------------ tools and gestures

  public void setTool(Tool tool) {
    synchronized (this) {
      this.tool = tool;
      cancelGestureLocked();
      version++;
    }
    listeners.fire();
  }

  /** Removes the measurements drawn on the image shown. */
  public void clearMeasurements() {
    synchronized (this) {
      if (opened != null) {
        drawing.clear(opened.file());
      }
      cancelGestureLocked();
      version++;
    }
    listeners.fire();
  }

  /** Escape: drops the measurement being drawn. */
  public void cancelGesture() {
    synchronized (this) {
      cancelGestureLocked();
      version++;
    }
    listeners.fire();
  }

  private void cancelGestureLocked() {
    gesture = null;
    drawing.cancel();
  }

  /** A button went down at viewport point (x, y); {@code clicks} counts a double click as 2. */
  public void press(PointerButton button, double x, double y, int clicks) {
    synchronized (this) {
      ImageToViewport transform = transformLocked();
      if (transform == null) {
        return;
      }
      Tool action =
          switch (button) {
            case SECONDARY -> Tool.WINDOW;
            case MIDDLE -> Tool.PAN;
            case PRIMARY -> tool;
          };
      switch (action) {
        case WINDOW -> {
          if (!opened.grayscale()) {
            return;
          }
          gesture = new Gesture.WindowDrag(x, y, window.startDrag(opened, displayed));
        }
        case PAN -> gesture = new Gesture.PanDrag(x, y);
        case DISTANCE -> {
          drawing.startDistance(onImageLocked(transform, x, y));
          gesture = new Gesture.Drawing();
        }
        case AREA ->
            drawing.pressArea(opened, transform, onImageLocked(transform, x, y), x, y, clicks);
      }
      version++;
    }
    listeners.fire();
  }

  /** The pointer moved with a button held. */
  public void drag(double x, double y) {
    synchronized (this) {
      ImageToViewport transform = transformLocked();
      if (gesture == null || transform == null) {
        return;
      }
      switch (gesture) {
        case Gesture.WindowDrag w -> {
          WindowChoice.Drag from = w.from();
          window.set(
              from.center() + (y - w.startY()) * from.perPixel(),
              from.width() + (x - w.startX()) * from.perPixel());
          requestDisplayLocked();
        }
        case Gesture.PanDrag p -> {
          viewport.pan(x - p.lastX(), y - p.lastY());
          gesture = new Gesture.PanDrag(x, y);
        }
        case Gesture.Drawing d -> drawing.dragDistance(onImageLocked(transform, x, y));
      }
      version++;
    }
    listeners.fire();
  }

  /** The pointer moved with no button held: an area being drawn follows it. */
  public void move(double x, double y) {
    synchronized (this) {
      ImageToViewport transform = transformLocked();
      if (!drawing.drawingArea() || transform == null) {
        return;
      }
      drawing.previewArea(onImageLocked(transform, x, y));
      version++;
    }
    listeners.fire();
  }

  /** The button came up at (x, y). */
  public void release(double x, double y) {
    synchronized (this) {
      ImageToViewport transform = transformLocked();
      if (gesture instanceof Gesture.Drawing && transform != null) {
        drawing.endDistance(opened, transform, onImageLocked(transform, x, y));
      }
      gesture = null;
      version++;
    }
    listeners.fire();
  }

  /** The wheel turned {@code notches} (positive: away from the user); zooms with the modifier. */
  public void scroll(double notches, double x, double y, boolean zoom) {
    if (zoom) {
      zoomAt(Math.pow(ZOOM_STEP, notches), x, y);
    } else if (notches != 0) {
      step(notches > 0 ? -1 : 1);
    }
  }

  /** The image point under (x, y), kept on the image. */
  private PixelPoint onImageLocked(ImageToViewport transform, double x, double y) {
    PixelPoint p = transform.toImage(x, y);
    PixelDescription d = opened.description();
    return new PixelPoint(
        Math.clamp(p.x(), -0.5, d.columns() - 0.5), Math.clamp(p.y(), -0.5, d.rows() - 0.5));
  }

  private ImageToViewport transformLocked() {
    if (opened == null) {
      return null;
    }
    PixelDescription d = opened.description();
    return viewport.transform(d.columns(), d.rows(), opened.pixelAspect());
  }

  // ------------------------------------------------------------------ snapshot

  public synchronized boolean settled() {
    return snapshot().settled();
  }

  /** The image shown, as opened (header, calibration), when one is open. */
  public synchronized java.util.Optional<OpenedImage> openedImage() {
    return java.util.Optional.ofNullable(opened);
  }

  public synchronized ViewerSnapshot snapshot() {
    if (stack == null) {
      return new ViewerSnapshot(
          version,
          ViewerState.EMPTY,
          emptyMessage,
          "",
          null,
          0,
          0,
          0,
          0,
          null,
          null,
          null,
          1,
          cineStatusLocked(),
          new WindowStatus(false, "", List.of(), -1),
          tool,
          List.of(),
          null,
          "",
          List.of(),
          "",
          List.of());
    }
    ImageStack.Position at = currentPositionLocked();
    String name =
        at.file().getFileName() == null ? at.file().toString() : at.file().getFileName().toString();
    ViewerState state;
    String message;
    if (!openFailure.isEmpty()) {
      state = ViewerState.FAILED;
      message = name + " cannot be shown: " + openFailure;
    } else if (opened == null || !opened.file().equals(at.file())) {
      state = ViewerState.OPENING;
      message = "Opening " + name + "…";
    } else {
      state = ViewerState.SHOWING;
      message = displayed == null ? "Decoding frame " + (at.frame() + 1) + " of " + name + "…" : "";
    }
    boolean showing = state == ViewerState.SHOWING;
    RenderKey wanted = showing ? currentKeyLocked() : null;
    String frameProblem = showing ? frameProblemLocked(at) : "";
    List<String> problems = new ArrayList<>();
    List<DrawnMeasurement> drawn = List.of();
    String calibration = "";
    WindowStatus windowStatus = new WindowStatus(false, "", List.of(), -1);
    int frames = 0;
    if (showing) {
      problems.addAll(opened.notes());
      SortedMap<Integer, String> failed = pipeline.failuresOf(opened.file());
      failed.forEach(
          (frame, reason) -> {
            // Frames imaging already named as missing on opening are listed once, by imaging.
            if (opened.missingReason(frame).isEmpty()) {
              problems.add(reasonForFrame(frame, reason));
            }
          });
      drawn = drawing.on(opened.file());
      calibration = opened.calibration().summary();
      frames = opened.frameCount();
      windowStatus = window.status(opened, displayed);
    } else if (state == ViewerState.FAILED) {
      problems.add(message);
    }
    DrawnMeasurement inProgress = showing ? drawing.inProgress(opened) : null;
    return new ViewerSnapshot(
        version,
        state,
        message,
        stack.label(),
        at.file(),
        position,
        stack.positions().size(),
        at.frame(),
        frames,
        displayed,
        wanted,
        transformLocked(),
        viewport.zoom(),
        cineStatusLocked(),
        windowStatus,
        tool,
        drawn,
        inProgress,
        calibration,
        showing ? opened.calibration().calibratedRegions() : List.of(),
        frameProblem,
        problems);
  }

  private static String reasonForFrame(int frame, String reason) {
    String prefix = "frame " + (frame + 1);
    return reason.toLowerCase(Locale.ROOT).contains(prefix)
        ? capitalise(reason)
        : "Frame " + (frame + 1) + ": " + reason;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private CineStatus cineStatusLocked() {
    if (cine != null) {
      return CineStatus.of(cine, loop, speed);
    }
    String reason;
    if (stack == null) {
      reason = "no image open";
    } else if (!stack.singleFile()) {
      reason = "a series of single images is stepped through, not played";
    } else if (opened == null) {
      reason = "the image is not open yet";
    } else if (opened.frameCount() < 2) {
      reason = "a single frame";
    } else {
      reason = "no frame timing: " + opened.timing().note();
    }
    return CineStatus.unavailable(reason, loop, speed);
  }

  /** A drag in progress and what it started from. */
  private sealed interface Gesture {
    record WindowDrag(double startX, double startY, WindowChoice.Drag from) implements Gesture {}

    record PanDrag(double lastX, double lastY) implements Gesture {}

    /** A distance being drawn ({@link MeasurementDrawing} holds its ends). */
    record Drawing() implements Gesture {}
  }
}
