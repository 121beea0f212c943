package org.cryows.ui.vtk;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryows.ui.model.DaemonThreads;
import org.cryows.ui.scene.model.SceneRenderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vtk.vtkObjectBase;
import vtk.vtkRenderWindow;
import vtk.vtkRenderer;
import vtk.vtkVersion;

/**
 * The process's one off-screen VTK window and the one thread ("vtk-render") that makes every VTK
 * call. The window is made on first use and kept for the life of the process; each scene renderer
 * brings its own {@link vtkRenderer} (its actors and camera) and puts it in the window to draw.
 *
 * <p>Why one window for good: VTK 9.1 aborts the process when it cannot connect to the X server,
 * and on this platform (Debian's VTK 9.1, Mesa llvmpipe, Xvfb with an authorisation cookie) a new
 * window's connection made after an earlier window was finalized failed in about half the test
 * runs, taking the whole JVM down. One connection, opened once after the adapter's own check,
 * leaves nothing to fail later. It also saves the 0.3 s a new OpenGL context costs.
 */
final class VtkWindow {
  private static final Logger log = LoggerFactory.getLogger(VtkWindow.class);

  /** The scene's background: the dark grey-blue of the procedure-room theme. */
  static final double[] BACKGROUND = {0.08, 0.09, 0.11};

  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(DaemonThreads.named("vtk-render"));

  private static final Pattern GL_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

  // Touched on the VTK thread only.
  private static vtkRenderWindow window;
  private static vtkRenderer shown;

  // Read from any thread.
  private static volatile String version;
  private static volatile String description;

  private VtkWindow() {}

  /** A piece of work on the VTK thread. */
  interface Task<T> {
    T run() throws SceneRenderException;
  }

  /** Runs {@code task} on the VTK thread and waits for it. */
  static <T> T call(Task<T> task) throws SceneRenderException {
    Callable<T> callable = task::run;
    Future<T> result = THREAD.submit(callable);
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(false);
      Thread.currentThread().interrupt();
      throw new SceneRenderException("the 3-D picture was not waited for (interrupted)", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SceneRenderException s) {
        throw s;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new SceneRenderException("VTK failed: " + cause, cause);
    }
  }

  /**
   * On the VTK thread: the window, showing only {@code renderer}, {@code width} x {@code height}
   * pixels. Made on first use after checking the X display, with OpenGL 3.2 or later.
   */
  static vtkRenderWindow showing(vtkRenderer renderer, int width, int height)
      throws SceneRenderException {
    if (window == null) {
      open(width, height);
    }
    if (shown != renderer) {
      if (shown != null) {
        window.RemoveRenderer(shown);
      }
      window.AddRenderer(renderer);
      shown = renderer;
    }
    int[] size = window.GetSize();
    if (size[0] != width || size[1] != height) {
      window.SetSize(width, height);
    }
    return window;
  }

  /** On the VTK thread: takes {@code renderer} out of the window and frees what is unused. */
  static void release(vtkRenderer renderer) {
    if (window != null && shown == renderer) {
      window.RemoveRenderer(renderer);
      shown = null;
    }
    collectGarbage();
  }

  /** On the VTK thread: frees the VTK objects Java no longer refers to. */
  static void collectGarbage() {
    vtkObjectBase.JAVA_OBJECT_MANAGER.gc(false);
  }

  /** The library's version, read on the VTK thread once its libraries are loaded: "9.1.0". */
  static String version() throws SceneRenderException {
    if (version == null) {
      version = call(() -> new vtkVersion().GetVTKVersion());
    }
    return version;
  }

  /** What renders: "VTK 9.1.0", and once the window exists " · OpenGL 4.5 ... llvmpipe ...". */
  static String description() {
    return description != null ? description : "VTK " + version;
  }

  private static void open(int width, int height) throws SceneRenderException {
    var display = XDisplay.problem(System.getenv("DISPLAY"));
    if (display.isPresent()) {
      throw new SceneRenderException(display.get());
    }
    vtkRenderWindow made = new vtkRenderWindow();
    made.SetOffScreenRendering(1);
    made.SetShowWindow(false);
    // No multisampling: in software rendering 8 samples cost 30 times the frame.
    made.SetMultiSamples(0);
    made.SetSize(width, height);
    vtkRenderer empty = new vtkRenderer();
    empty.SetBackground(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2]);
    made.AddRenderer(empty);
    made.Render();
    String capabilities = made.ReportCapabilities();
    String openGl = openGl(capabilities);
    if (!atLeast32(capabilities)) {
      throw new SceneRenderException(
          "VTK needs OpenGL 3.2 or later; the X display "
              + System.getenv("DISPLAY")
              + " gives "
              + (openGl.isBlank() ? "none" : openGl));
    }
    made.RemoveRenderer(empty);
    window = made;
    description = "VTK " + new vtkVersion().GetVTKVersion() + " · " + openGl;
    log.info("3-D rendering: {}", description);
  }

  /** "OpenGL 4.5 (Core Profile) Mesa 22.3.6, llvmpipe (LLVM 15.0.6, 256 bits)" */
  static String openGl(String capabilities) {
    String version = "";
    String renderer = "";
    for (String line : capabilities.lines().toList()) {
      if (line.startsWith("OpenGL version string:")) {
        version = line.substring(line.indexOf(':') + 1).strip();
      } else if (line.startsWith("OpenGL renderer string:")) {
        renderer = line.substring(line.indexOf(':') + 1).strip();
      }
    }
    if (version.isEmpty()) {
      return "";
    }
    return "OpenGL " + version + (renderer.isEmpty() ? "" : ", " + renderer);
  }

  static boolean atLeast32(String capabilities) {
    for (String line : capabilities.lines().toList()) {
      if (line.startsWith("OpenGL version string:")) {
        Matcher m = GL_VERSION.matcher(line.substring(line.indexOf(':') + 1).strip());
        if (m.find()) {
          int major = Integer.parseInt(m.group(1));
          int minor = Integer.parseInt(m.group(2));
          return major > 3 || (major == 3 && minor >= 2);
        }
      }
    }
    return false;
  }
}
