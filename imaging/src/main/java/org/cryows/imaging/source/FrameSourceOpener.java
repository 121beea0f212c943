package org.cryows.imaging.source;

import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.FrameSource;

/** Opens the frames of a file for decoding; the codec layer provides the real one. */
@FunctionalInterface
public interface FrameSourceOpener {

  /**
   * @throws DicomReadException naming the file when its pixel data cannot be opened
   */
  FrameSource open(Path file) throws DicomReadException;
}
