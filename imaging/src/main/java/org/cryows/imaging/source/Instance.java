package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.adapter.DicomImage;

/**
 * One DICOM file of a series: what identifies it, where it is, and its opened image (header, pixel
 * description, frame status, problems, frame source) when it holds pixel data. No pixel is decoded
 * here.
 *
 * @param frames the number of frames (1 for a single-frame image, 0 when there are no rows)
 * @param image the image opened by the loader; empty for an object without pixel data (a plan, a
 *     report)
 */
public record Instance(
    Path path,
    String sopInstanceUid,
    String sopClassUid,
    String modality,
    OptionalInt instanceNumber,
    int frames,
    String transferSyntaxUid,
    Optional<DicomImage> image) {

  public Instance {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(sopClassUid, "sopClassUid");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(instanceNumber, "instanceNumber");
    Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid");
    Objects.requireNonNull(image, "image");
    if (frames < 0) {
      throw new IllegalArgumentException("frames is not negative: " + frames);
    }
  }
}
