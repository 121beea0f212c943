package org.cryows.ui.viewer.model;

import java.nio.file.Path;
import java.util.Objects;
import org.cryows.imaging.pixels.VoiChoice;

/**
 * Which frame of which file, through which window: what a rendered frame was made from. A colour
 * image has no window ({@code voi} null), so changing the window never renders it again.
 *
 * @param frame counted from 0
 */
public record RenderKey(Path file, int frame, VoiChoice voi) {
  public RenderKey {
    Objects.requireNonNull(file, "file");
    if (frame < 0) {
      throw new IllegalArgumentException("a frame index is not negative: " + frame);
    }
  }
}
