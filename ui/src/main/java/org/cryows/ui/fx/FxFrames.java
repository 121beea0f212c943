package org.cryows.ui.fx;

import java.nio.IntBuffer;
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
    return write(frame.argbPixels(), frame.width(), frame.height(), reuse);
  }

  /**
   * Writes {@code width} x {@code height} ARGB pixels (row by row, from the buffer's position) into
   * {@code reuse} when it has that size, else into a new image.
   */
  public static WritableImage write(IntBuffer argb, int width, int height, WritableImage reuse) {
    WritableImage image =
        reuse != null && (int) reuse.getWidth() == width && (int) reuse.getHeight() == height
            ? reuse
            : new WritableImage(width, height);
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, width);
    return image;
  }
}
