package org.cryows.imaging.adapter;

import java.nio.file.Path;
import java.util.List;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.FrameStatus;

/**
 * The frames of an image some of whose frames are missing from the file: a missing frame is refused
 * with the reason found on opening, without reading; the others come from the underlying source.
 */
final class MissingFramesSource implements FrameSource {

  private final Path file;
  private final FrameSource present;
  private final List<FrameStatus> status;

  MissingFramesSource(Path file, FrameSource present, List<FrameStatus> status) {
    this.file = file;
    this.present = present;
    this.status = List.copyOf(status);
  }

  @Override
  public int frameCount() {
    return status.size();
  }

  @Override
  public Frame frame(int index) throws DicomReadException {
    DicomImages.checkIndex(file, index, status.size());
    if (status.get(index) instanceof FrameStatus.Missing missing) {
      throw new DicomReadException(
          file, "frame " + (index + 1) + " of " + status.size() + ": " + missing.reason());
    }
    return present.frame(index);
  }
}
