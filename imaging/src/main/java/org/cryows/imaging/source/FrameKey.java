package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Objects;

/** One frame of one file, counted from 0. */
public record FrameKey(Path file, int frame) {

  public FrameKey {
    Objects.requireNonNull(file, "file");
    if (frame < 0) {
      throw new IllegalArgumentException("frame indices count from 0, not " + frame);
    }
  }
}
