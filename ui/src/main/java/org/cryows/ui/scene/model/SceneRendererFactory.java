package org.cryows.ui.scene.model;

/**
 * Opens the 3-D renderer, on the scene's render thread. A renderer that cannot be had (library
 * missing, no display for OpenGL) is refused with a reason the window shows; the workspace then
 * works in 2-D.
 */
@FunctionalInterface
public interface SceneRendererFactory {

  /**
   * @throws SceneRenderException with the reason 3-D is not available
   */
  SceneRenderer open() throws SceneRenderException;
}
