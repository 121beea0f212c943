package org.cryows.ui.fx;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.cryows.ui.viewer.model.RenderedFrame;

/** Rendered frames into JavaFX images. */
public final class FxFrames {
  private FxFrames() {}

  /**
   * Writes {@code frame} into {@code reuse} when it has the frame's size, else into a new image.
   */
  public static WritableImage write(RenderedFrame frame, WritableImage reuse) {
    WritableImage image =
        reuse != null
                && (int) reuse.getWidth() == frame.width()
                && (int) reuse.getHeight() == frame.height()
            ? reuse
            : new WritableImage(frame.width(), frame.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            frame.width(),
            frame.height(),
            PixelFormat.getIntArgbInstance(),
            frame.argbPixels(),
            frame.width());
    return image;
  }
}
