package org.cryows.imaging.adapter;

import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomReadException;

/** Reads a possibly corrupt file the way the workstation does; only a read error is acceptable. */
final class FuzzOutcome {

  private FuzzOutcome() {}

  /**
   * Opens {@code file} and decodes up to {@code maxFrames} frames. Returns the number decoded, or
   * -1 when the file was refused; any other exception or error propagates.
   */
  static int readAll(Path file, int maxFrames) throws Exception {
    DicomImage image;
    try {
      image = DicomImages.open(file);
    } catch (DicomReadException refused) {
      checkNoVmError(refused);
      return -1;
    }
    int decoded = 0;
    for (int i = 0; i < Math.min(maxFrames, image.frames().frameCount()); i++) {
      try {
        image.frames().frame(i);
        decoded++;
      } catch (DicomReadException refused) {
        checkNoVmError(refused);
      }
    }
    return decoded;
  }

  /** An out-of-memory or stack overflow behind a read error means a length was trusted. */
  private static void checkNoVmError(DicomReadException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof VirtualMachineError) {
        throw new AssertionError("a read error hides " + t, e);
      }
    }
  }
}
