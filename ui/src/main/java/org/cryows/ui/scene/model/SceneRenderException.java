package org.cryows.ui.scene.model;

/** The 3-D renderer cannot be opened or cannot draw; the message says why, for the window. */
public final class SceneRenderException extends Exception {
  private static final long serialVersionUID = 1L;

  public SceneRenderException(String reason) {
    super(reason);
  }

  public SceneRenderException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
