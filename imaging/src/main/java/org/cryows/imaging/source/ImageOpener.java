package org.cryows.imaging.source;

import java.nio.file.Path;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomReadException;

/**
 * Opens the image of a file: {@link DicomImages#open} reads it, a {@link DicomTree} hands out the
 * images its loader already opened ({@link DicomTree#imageOpener()}).
 */
@FunctionalInterface
public interface ImageOpener {

  /**
   * @throws DicomReadException naming the file when it holds no image that can be shown
   */
  DicomImage open(Path file) throws DicomReadException;

  /** Reads each file afresh. */
  static ImageOpener files() {
    return DicomImages::open;
  }
}
