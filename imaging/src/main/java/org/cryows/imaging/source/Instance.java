package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One DICOM file of a series: what identifies it and where it is. Pixels are not read here.
 *
 * @param frames the number of frames (1 for a single-frame image, 0 when there are no rows)
 */
public record Instance(
    Path path,
    String sopInstanceUid,
    String sopClassUid,
    String modality,
    OptionalInt instanceNumber,
    int frames,
    String transferSyntaxUid) {

  public Instance {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(sopClassUid, "sopClassUid");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(instanceNumber, "instanceNumber");
    Objects.requireNonNull(transferSyntaxUid, "transferSyntaxUid");
    if (frames < 0) {
      throw new IllegalArgumentException("frames is not negative: " + frames);
    }
  }
}
