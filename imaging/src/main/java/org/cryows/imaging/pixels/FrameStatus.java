package org.cryows.imaging.pixels;

import java.util.Objects;

/**
 * What is known of one frame when its file is opened, before it is decoded: its data is all there,
 * or it is missing or cut and the frame cannot be shown. A present frame may still fail when
 * decoded (a corrupt codestream); that failure names the frame.
 */
public sealed interface FrameStatus {

  /** The frame's data is all in the file; the codec decides the rest. */
  FrameStatus PRESENT = new Present();

  boolean isPresent();

  /** The frame's bytes are all in the file. */
  record Present() implements FrameStatus {
    @Override
    public boolean isPresent() {
      return true;
    }
  }

  /**
   * The frame cannot be shown: its data is cut or missing.
   *
   * @param reason why, with the byte positions or fragments concerned
   */
  record Missing(String reason) implements FrameStatus {
    public Missing {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean isPresent() {
      return false;
    }
  }
}
