package org.cryows.imaging.pixels;

import org.cryows.imaging.dataset.DicomReadException;

/**
 * The frames of one image object, decoded on demand. Implementations decode only the frame asked
 * for and may be called from several threads at once.
 */
public interface FrameSource {

  int frameCount();

  /**
   * Frame {@code index}, counted from 0.
   *
   * @throws DicomReadException naming the frame and the codec when it cannot be decoded
   */
  Frame frame(int index) throws DicomReadException;
}
