package org.cryows.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.cryows.ui.fx.SceneSnapshots;
import org.cryows.ui.model.MonotonicClock;
import org.cryows.ui.scene.model.SceneRendererFactory;
import org.cryows.ui.viewer.model.ImageToViewport;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real workstation window for a TestFX test: made through the composition root as the demo
 * makes it, in a TestFX stage (Monocle, headless), with helpers to wait until it has settled, to
 * find screen points of image points, and to save screenshots under target/screenshots.
 */
final class WindowHarness implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final Workstation workstation;
  final Stage stage;

  WindowHarness() throws TimeoutException {
    this(new Workstation(MonotonicClock.system()));
  }

  /** The window with 3-D opened by {@code threeD} (one that fails, for the 2-D fallback). */
  WindowHarness(SceneRendererFactory threeD) throws TimeoutException {
    this(new Workstation(MonotonicClock.system(), threeD));
  }

  private WindowHarness(Workstation workstation) throws TimeoutException {
    this.workstation = workstation;
    FxToolkit.registerPrimaryStage();
    stage =
        FxToolkit.setupFixture(
            () -> {
              Stage s = new Stage();
              s.setX(0);
              s.setY(0);
              workstation.showIn(s);
              return s;
            });
    WaitForAsyncUtils.waitForFxEvents();
  }

  void open(Path... paths) {
    workstation.open(List.of(paths));
    waitSettled(Duration.ofSeconds(30));
  }

  void waitSettled(Duration timeout) {
    try {
      WaitForAsyncUtils.waitFor(
          timeout.toMillis(), TimeUnit.MILLISECONDS, () -> onFx(() -> workstation.settled()));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the window did not settle within "
              + timeout
              + ": "
              + workstation.viewer().snapshot()
              + "\nplanes: "
              + workstation.planes().state()
              + " settled "
              + workstation.planes().settled()
              + "\nscene: "
              + workstation.scene().snapshot()
              + "\nbrowser: "
              + workstation.browser().snapshot().outcome()
              + "\nthreads:\n"
              + threadDump(),
          e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The workstation's own threads and the JavaFX thread, for a test that hangs. */
  static String threadDump() {
    StringBuilder out = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (thread, stack) -> {
              String name = thread.getName();
              if (name.startsWith("frame-")
                  || name.startsWith("image-open")
                  || name.startsWith("thumbnail")
                  || name.startsWith("study-load")
                  || name.startsWith("volume-load")
                  || name.startsWith("plane-render")
                  || name.startsWith("scene-render")
                  || name.startsWith("vtk-render")
                  || name.startsWith("JavaFX Application")) {
                out.append(name).append(' ').append(thread.getState()).append('\n');
                for (StackTraceElement e : stack) {
                  out.append("    at ").append(e).append('\n');
                }
              }
            });
    return out.toString();
  }

  ViewerSnapshot viewer() {
    return workstation.viewer().snapshot();
  }

  /** The screen point of viewport point (x, y) of the node found by {@code query}. */
  Point2D screenPointIn(FxRobot robot, String query, double x, double y) {
    Node node = robot.lookup(query).query();
    return onFx(() -> node.localToScreen(x, y));
  }

  /** The screen point showing image point (x, y). */
  Point2D screenPointOf(FxRobot robot, double x, double y) {
    ImageToViewport t = viewer().transform();
    Node layer = robot.lookup(".viewer-image-layer").query();
    return onFx(() -> layer.localToScreen(t.viewportX(x), t.viewportY(y)));
  }

  Bounds screenBoundsOf(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    return onFx(() -> node.localToScreen(node.getBoundsInLocal()));
  }

  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    WaitForAsyncUtils.waitForFxEvents();
    onFx(
        () -> {
          try {
            SceneSnapshots.writePng(stage.getScene(), file);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return null;
        });
    return file;
  }

  static <T> T onFx(Callable<T> action) {
    try {
      return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("on the JavaFX thread: " + e, e);
    }
  }

  @Override
  public void close() throws TimeoutException {
    FxToolkit.cleanupStages();
    workstation.close();
  }
}
