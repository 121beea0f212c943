package org.cryows.ui.vtk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cryows.ui.scene.model.SceneRenderException;

/**
 * Loads the native halves of the VTK Java classes the adapter uses, from one directory (Debian's
 * libvtk9-java puts them in /usr/lib/x86_64-linux-gnu/java/vtk-Linux-x86_64). Each wrapper library
 * is loaded by its full path, so a directory without VTK fails here, with its name, whatever was
 * loaded before.
 *
 * <p>The rendering wrappers link the JDK's libjawt (Java's AWT native interface), which is not on
 * the system's library path: it is loaded first from the running JDK, so the dynamic linker finds
 * it already loaded and no LD_LIBRARY_PATH is needed.
 */
final class VtkLibraries {

  /** The wrapper modules used, dependencies first. */
  static final List<String> MODULES =
      List.of(
          "vtkCommonCore",
          "vtkCommonMath",
          "vtkCommonTransforms",
          "vtkCommonMisc",
          "vtkCommonSystem",
          "vtkCommonDataModel",
          "vtkCommonExecutionModel",
          "vtkFiltersCore",
          "vtkFiltersGeneral",
          "vtkFiltersSources",
          "vtkRenderingCore",
          "vtkRenderingOpenGL2");

  /** The default directory of Debian's libvtk9-java. */
  static final Path DEBIAN_DIRECTORY = Path.of("/usr/lib/x86_64-linux-gnu/java/vtk-Linux-x86_64");

  private VtkLibraries() {}

  /** The file of a wrapper module in {@code directory}. */
  static Path file(Path directory, String module) {
    return directory.resolve("lib" + module + "Java.so");
  }

  /**
   * Loads every module from {@code directory}.
   *
   * @throws SceneRenderException naming the directory and the library that failed
   */
  static void load(Path directory) throws SceneRenderException {
    Path first = file(directory, MODULES.get(0));
    if (!Files.isRegularFile(first)) {
      throw new SceneRenderException(
          "VTK's Java libraries are not in "
              + directory
              + " ("
              + first.getFileName()
              + " is missing; Debian's libvtk9-java installs them)");
    }
    Path jawt = Path.of(System.getProperty("java.home"), "lib", "libjawt.so");
    try {
      if (Files.isRegularFile(jawt)) {
        System.load(jawt.toString());
      }
      for (String module : MODULES) {
        System.load(file(directory, module).toString());
      }
    } catch (UnsatisfiedLinkError e) {
      throw new SceneRenderException(
          "VTK could not be loaded from " + directory + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where VTK's Java libraries are: the system property {@code cryo.vtk.dir} when set, else the
   * first folder of {@code java.library.path} that holds them, else Debian's folder.
   */
  static Path directory() {
    String configured = System.getProperty(VtkSceneRenderers.DIRECTORY_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String path = System.getProperty("java.library.path", "");
    for (String entry : path.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank() && Files.isRegularFile(file(Path.of(entry), MODULES.get(0)))) {
        return Path.of(entry);
      }
    }
    return DEBIAN_DIRECTORY;
  }
}
