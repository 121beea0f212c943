package org.cryows.imaging.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A quick look at a file's first bytes to leave aside what is plainly not DICOM (notes, scripts,
 * pictures) before a full parse, which can spend seconds on such a file. A file passes when it has
 * the "DICM" prefix at byte 128, or starts directly with a low-numbered group, as a data set
 * written without the Part 10 preamble does.
 */
final class DicomSniffer {

  private static final int PREAMBLE = 128;
  private static final int LAST_LEADING_GROUP = 0x0010;

  private DicomSniffer() {}

  /** Why the file is not DICOM, or empty when it may be. */
  static Optional<String> whyNotDicom(Path file) throws IOException {
    byte[] head = new byte[PREAMBLE + 4];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (read == head.length
        && head[PREAMBLE] == 'D'
        && head[PREAMBLE + 1] == 'I'
        && head[PREAMBLE + 2] == 'C'
        && head[PREAMBLE + 3] == 'M') {
      return Optional.empty();
    }
    if (read >= 8) {
      int littleEndian = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
      int bigEndian = (head[0] & 0xFF) << 8 | (head[1] & 0xFF);
      if (littleEndian <= LAST_LEADING_GROUP || bigEndian <= LAST_LEADING_GROUP) {
        return Optional.empty();
      }
    }
    return Optional.of(
        "not DICOM: no 'DICM' prefix at byte 128 and the file does not start with a data element");
  }
}
