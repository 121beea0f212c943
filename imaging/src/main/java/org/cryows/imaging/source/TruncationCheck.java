package org.cryows.imaging.source;

import java.util.Optional;
import java.util.Set;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;

/**
 * Catches a file cut short before its pixel data ends, which a header reader that stops at the end
 * of the file does not notice. For native (uncompressed) transfer syntaxes the pixel data's length
 * follows from the header, so a file smaller than that cannot be whole. Encapsulated pixel data has
 * no such length; a cut there shows when the frame is decoded.
 */
final class TruncationCheck {

  private static final Set<String> NATIVE_SYNTAXES =
      Set.of("1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2");

  private TruncationCheck() {}

  /** Why the file cannot be whole, or empty when its size is plausible. */
  static Optional<String> check(DicomDataset header, long fileSize) {
    if (!NATIVE_SYNTAXES.contains(header.string(Tags.TRANSFER_SYNTAX_UID).orElse(""))) {
      return Optional.empty();
    }
    int rows = header.integer(Tags.ROWS).orElse(0);
    int columns = header.integer(Tags.COLUMNS).orElse(0);
    int bitsAllocated = header.integer(Tags.BITS_ALLOCATED).orElse(0);
    int samples = header.integer(Tags.SAMPLES_PER_PIXEL).orElse(1);
    int frames = header.integer(Tags.NUMBER_OF_FRAMES).orElse(1);
    if (rows <= 0 || columns <= 0 || bitsAllocated <= 0 || samples <= 0 || frames <= 0) {
      return Optional.empty();
    }
    long bitsPerFrame = (long) rows * columns * samples * bitsAllocated;
    if (header.string(Tags.PHOTOMETRIC_INTERPRETATION).orElse("").equals("YBR_FULL_422")) {
      // Two of every three samples are kept: Y for every pixel, Cb and Cr for every other.
      bitsPerFrame = bitsPerFrame * 2 / 3;
    }
    long pixelBytes = (bitsPerFrame * frames + 7) / 8;
    if (fileSize < pixelBytes) {
      return Optional.of(
          "truncated: the file has "
              + fileSize
              + " bytes but its pixel data alone needs "
              + pixelBytes
              + " ("
              + frames
              + " frame(s) of "
              + rows
              + " x "
              + columns
              + " x "
              + samples
              + " samples of "
              + bitsAllocated
              + " bits)");
    }
    return Optional.empty();
  }
}
