package org.cryows.ui.scene.model;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cryows.imaging.volume.Volume;
import org.cryows.ui.model.ChangeListeners;
import org.cryows.ui.model.DaemonThreads;
import org.cryows.ui.scene.model.SceneSnapshot.Availability;
import org.cryows.ui.viewer.model.PointerButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 3-D view without JavaFX: the scene's content by layer, the camera the mouse moves, and one
 * render thread of its own ("scene-render") that opens the {@link SceneRenderer} and draws the
 * latest content and camera whenever they change; pictures come out as ARGB frames. When the
 * renderer cannot be opened or fails, the view says why and the rest of the workspace goes on in
 * 2-D.
 *
 * <p>Mouse: left drag turns, middle drag pans, right drag and the wheel dolly; reset faces the
 * patient from the front. Thread-safe; listeners hear of changes on any thread.
 */
public final class SceneModel implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SceneModel.class);

  /** The vertical view angle, degrees. */
  static final double VIEW_ANGLE_DEG = 30;

  /** Dolly per pixel of a right drag. */
  static final double DOLLY_PER_PIXEL = 1.01;

  private final ChangeListeners listeners = new ChangeListeners();
  private final Map<SceneLayer, SceneContent> layers = new EnumMap<>(SceneLayer.class);
  private final Set<String> hiddenSurfaces = new LinkedHashSet<>();
  private final Thread worker;

  private long version;
  private Availability availability = Availability.CHECKING;
  private String note = "Opening the 3-D renderer…";
  private SceneContent content = SceneContent.EMPTY;
  private SceneCamera camera;
  private boolean cameraAtReset;
  private Volume framedVolume;
  private int width;
  private int height;
  private long wanted;
  private SceneFrame frame;
  private Drag drag;
  private boolean closed;

  public SceneModel(SceneRendererFactory factory) {
    Objects.requireNonNull(factory, "factory");
    worker = DaemonThreads.named("scene-render").newThread(() -> work(factory));
    worker.start();
  }

  public void addListener(Runnable listener) {
    listeners.add(listener);
  }

  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }

  // ------------------------------------------------------------------ content and camera

  /** Replaces one layer's content. */
  public void setLayer(SceneLayer layer, SceneContent layerContent) {
    synchronized (this) {
      layers.put(layer, Objects.requireNonNull(layerContent, "layerContent"));
      SceneContent all = SceneContent.EMPTY;
      for (SceneContent c : layers.values()) {
        all = all.plus(c);
      }
      if (all.equals(content)) {
        return;
      }
      content = all;
      Volume volume = content.surfaces().isEmpty() ? null : content.surfaces().get(0).volume();
      if (camera == null || volume != framedVolume) {
        framedVolume = volume;
        camera = resetCameraLocked();
      }
      requestLocked();
    }
    listeners.fire();
  }

  /**
   * Shows or hides the volume surfaces labelled {@code label} (the legend's check boxes); the
   * choice holds for later content with the same label.
   */
  public void setSurfaceShown(String label, boolean shown) {
    synchronized (this) {
      boolean changed = shown ? hiddenSurfaces.remove(label) : hiddenSurfaces.add(label);
      if (!changed) {
        return;
      }
      requestLocked();
    }
    listeners.fire();
  }

  /** Faces the patient from the front with everything in view. */
  public void resetView() {
    synchronized (this) {
      camera = resetCameraLocked();
      requestLocked();
    }
    listeners.fire();
  }

  /** The camera facing the content from the front, for the view's shape; null with no content. */
  private SceneCamera resetCameraLocked() {
    double aspect = width > 0 && height > 0 ? (double) width / height : 1;
    cameraAtReset = true;
    return content.bounds().map(b -> SceneCamera.anterior(b, VIEW_ANGLE_DEG, aspect)).orElse(null);
  }

  /**
   * Looks at what one layer is about ({@link SceneContent#focusBounds()}: the plan's ice and nerve)
   * from where its probes come in ({@link SceneContent#focusDirection()}), closer than the whole
   * volume; nothing when the layer is empty.
   */
  public void frame(SceneLayer layer) {
    synchronized (this) {
      SceneContent c = layers.get(layer);
      var bounds = c == null ? java.util.Optional.<SceneBounds>empty() : c.focusBounds();
      if (bounds.isEmpty()) {
        return;
      }
      double aspect = width > 0 && height > 0 ? (double) width / height : 1;
      camera = SceneCamera.around(bounds.get(), c.focusDirection(), VIEW_ANGLE_DEG, aspect);
      cameraAtReset = false;
      requestLocked();
    }
    listeners.fire();
  }

  /** Whether a layer has anything to show. */
  public synchronized boolean hasContent(SceneLayer layer) {
    SceneContent c = layers.get(layer);
    return c != null && !c.isEmpty();
  }

  /** Sets the camera (for later layers and tests). */
  public void setCamera(SceneCamera camera) {
    synchronized (this) {
      cameraAtReset = false;
      this.camera = Objects.requireNonNull(camera, "camera");
      requestLocked();
    }
    listeners.fire();
  }

  public void resize(double width, double height) {
    synchronized (this) {
      int w = (int) Math.floor(width);
      int h = (int) Math.floor(height);
      if (w == this.width && h == this.height) {
        return;
      }
      this.width = w;
      this.height = h;
      if (cameraAtReset && camera != null) {
        camera = resetCameraLocked(); // the reset view fits the view's new shape
      }
      requestLocked();
    }
    listeners.fire();
  }

  public void press(PointerButton button, double x, double y) {
    synchronized (this) {
      drag = new Drag(button, x, y);
    }
  }

  public void drag(double x, double y) {
    synchronized (this) {
      if (drag == null || camera == null) {
        return;
      }
      double dx = x - drag.lastX();
      double dy = y - drag.lastY();
      camera =
          switch (drag.button()) {
            case PRIMARY -> camera.orbit(dx, dy);
            case MIDDLE -> camera.pan(dx, dy, height);
            case SECONDARY -> camera.dolly(Math.pow(DOLLY_PER_PIXEL, -dy));
          };
      drag = new Drag(drag.button(), x, y);
      cameraAtReset = false;
      requestLocked();
    }
    listeners.fire();
  }

  public void release() {
    synchronized (this) {
      drag = null;
    }
  }

  /** The wheel turned {@code notches} (positive: away from the user, closer). */
  public void scroll(double notches) {
    synchronized (this) {
      if (camera == null || notches == 0) {
        return;
      }
      camera = camera.dolly(Math.pow(SceneCamera.DOLLY_STEP, notches));
      cameraAtReset = false;
      requestLocked();
    }
    listeners.fire();
  }

  private void requestLocked() {
    wanted++;
    version++;
    notifyAll();
  }

  // ------------------------------------------------------------------ rendering

  private void work(SceneRendererFactory factory) {
    SceneRenderer renderer;
    try {
      renderer = factory.open();
    } catch (SceneRenderException | RuntimeException | LinkageError e) {
      unavailable("3-D view not available: " + reason(e));
      return;
    }
    synchronized (this) {
      availability = Availability.AVAILABLE;
      note = renderer.description();
      version++;
    }
    listeners.fire();
    try (renderer) {
      while (true) {
        Request request;
        synchronized (this) {
          while (!closed && !due()) {
            try {
              wait();
            } catch (InterruptedException e) {
              return;
            }
          }
          if (closed) {
            return;
          }
          request =
              new Request(content.withoutSurfaces(hiddenSurfaces), camera, width, height, wanted);
        }
        SceneFrame drawn;
        try {
          drawn =
              renderer.render(
                  request.content(),
                  request.camera(),
                  request.width(),
                  request.height(),
                  request.number());
        } catch (SceneRenderException | RuntimeException | LinkageError e) {
          unavailable("3-D view stopped: " + reason(e));
          return;
        }
        synchronized (this) {
          frame = drawn;
          note = renderer.description(); // complete once the first picture made the context
          version++;
        }
        listeners.fire();
      }
    }
  }

  /** A picture is wanted that has not been drawn. */
  private boolean due() {
    return wanted > 0
        && !content.withoutSurfaces(hiddenSurfaces).isEmpty()
        && camera != null
        && width > 0
        && height > 0
        && (frame == null || frame.request() != wanted);
  }

  private void unavailable(String why) {
    log.warn("{}", why);
    synchronized (this) {
      availability = Availability.UNAVAILABLE;
      note = why;
      version++;
    }
    listeners.fire();
  }

  private static String reason(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
  }

  // ------------------------------------------------------------------ snapshot

  public synchronized SceneSnapshot snapshot() {
    boolean hasContent = !content.withoutSurfaces(hiddenSurfaces).isEmpty();
    // A picture for the current size only: another size would be stretched.
    long target = hasContent && width > 0 && height > 0 && camera != null ? wanted : 0;
    return new SceneSnapshot(
        version,
        availability,
        note,
        frame,
        target,
        hasContent,
        content.legend(),
        Set.copyOf(hiddenSurfaces),
        camera);
  }

  public synchronized boolean settled() {
    return snapshot().settled();
  }

  /** Grows with every change; a view that drew this version is up to date. */
  public synchronized long version() {
    return version;
  }

  /** The content shown now (all layers). */
  public synchronized SceneContent content() {
    return content;
  }

  /** The picture answers the latest request. */
  public synchronized boolean available() {
    return availability == Availability.AVAILABLE;
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      worker.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Drag(PointerButton button, double lastX, double lastY) {}

  private record Request(
      SceneContent content, SceneCamera camera, int width, int height, long number) {}

  /** The legend of what is shown now. */
  public synchronized List<SceneContent.LegendEntry> legend() {
    return content.legend();
  }

  /** The surfaces switched off, by label. */
  public synchronized Set<String> hiddenSurfaces() {
    return Set.copyOf(hiddenSurfaces);
  }
}
