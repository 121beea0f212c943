package org.cryows.ui.vtk;

import java.nio.file.Path;
import org.cryows.ui.scene.model.SceneRenderException;
import org.cryows.ui.scene.model.SceneRendererFactory;

/**
 * Opens the VTK renderer behind the scene port: checks the X display, loads VTK's native libraries
 * from their folder, and hands out a {@link VtkSceneRenderer} whose off-screen window is made on
 * first use, on the calling (render) thread.
 */
public final class VtkSceneRenderers {

  /** System property naming the folder of VTK's Java libraries (default: see below). */
  public static final String DIRECTORY_PROPERTY = "cryo.vtk.dir";

  private VtkSceneRenderers() {}

  /**
   * VTK from the folder of {@value #DIRECTORY_PROPERTY}, else the first folder of java.library.path
   * holding it, else Debian's; on the X display of the DISPLAY variable.
   */
  public static SceneRendererFactory fromSystem() {
    return inDirectory(VtkLibraries.directory());
  }

  /** VTK from {@code directory}, on the X display of the DISPLAY variable. */
  public static SceneRendererFactory inDirectory(Path directory) {
    return () -> {
      var display = XDisplay.problem(System.getenv("DISPLAY"));
      if (display.isPresent()) {
        throw new SceneRenderException(display.get());
      }
      VtkLibraries.load(directory);
      VtkWindow.version(); // the first VTK call, on the VTK thread
      return new VtkSceneRenderer();
    };
  }
}
