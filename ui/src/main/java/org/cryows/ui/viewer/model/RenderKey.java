package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.Objects;
import org.cryows.imaging.pixels.VoiChoice;

/**
 * Which frame of which file, through which window, at which size on screen: what a rendered frame
 * was made from. A colour image has no window ({@code voi} null), so changing the window never
 * renders it again.
 *
 * @param frame counted from 0
 * @param width the frame's width on screen in pixels, 0 for the image's own size
 * @param height the frame's height on screen in pixels, 0 for the image's own size
 */
public record RenderKey(Path file, int frame, VoiChoice voi, int width, int height) {
  public RenderKey {
    Objects.requireNonNull(file, "file");
    if (frame < 0) {
      throw new IllegalArgumentException("a frame index is not negative: " + frame);
    }
    if (width < 0 || height < 0 || (width == 0) != (height == 0)) {
      throw new IllegalArgumentException(
          "a screen size is both 0 or both positive: " + width + " x " + height);
    }
  }

  /** The frame at the image's own size. */
  public RenderKey(Path file, int frame, VoiChoice voi) {
    this(file, frame, voi, 0, 0);
  }

  public boolean nativeSize() {
    return width == 0;
  }
}
