package org.cryows.ui.scene.model;

/**
 * The port to a 3-D renderer (the VTK adapter in {@code org.cryows.ui.vtk}): draws scene content
 * seen by a camera into pixels, off screen. A renderer is used from one thread only, the one that
 * opened it (OpenGL contexts belong to a thread); the scene model owns that thread.
 */
public interface SceneRenderer extends AutoCloseable {

  /**
   * The content seen by {@code camera}, {@code width} x {@code height} pixels. Surfaces of volumes
   * are extracted on first use and kept while the content holds them.
   *
   * @param request the request's number, carried by the frame
   * @throws SceneRenderException when the picture cannot be made (the reason in the message)
   */
  SceneFrame render(SceneContent content, SceneCamera camera, int width, int height, long request)
      throws SceneRenderException;

  /** What renders, for the window and the benchmark: library and OpenGL versions, renderer. */
  String description();

  /** Releases the renderer's native resources; on its thread. */
  @Override
  void close();
}
