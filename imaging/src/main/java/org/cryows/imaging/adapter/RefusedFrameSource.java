package org.cryows.imaging.adapter;

import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;

/** The frames of an image whose header is readable but whose pixels cannot be decoded here. */
final class RefusedFrameSource implements FrameSource {

  private final Path file;
  private final int frames;
  private final String reason;

  RefusedFrameSource(Path file, int frames, String reason) {
    this.file = file;
    this.frames = frames;
    this.reason = reason;
  }

  @Override
  public int frameCount() {
    return frames;
  }

  @Override
  public Frame frame(int index) throws DicomReadException {
    DicomImages.checkIndex(file, index, frames);
    throw new DicomReadException(file, "frame " + (index + 1) + " of " + frames + ": " + reason);
  }
}
