package org.cryows.planner.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * An image the plan was made on, with the identity it carried then, so the plan can be checked
 * against the images even where the files are not at hand.
 *
 * @param file where to read it, relative to the plan's folder (or absolute), if the plan says
 * @param patientId its Patient ID (0010,0020) when the plan was made
 * @param laterality its Image Laterality (0020,0062), else its Laterality (0020,0060): L, R, B
 *     (both) or U (unpaired), empty when it has neither
 */
public record NamedImage(
    String sopInstanceUid, Optional<String> file, String patientId, Optional<String> laterality) {

  public NamedImage {
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(laterality, "laterality");
    if (sopInstanceUid.isBlank()) {
      throw new IllegalArgumentException("an image's SOP Instance UID is required");
    }
    laterality.ifPresent(
        value -> {
          if (!java.util.Set.of("L", "R", "B", "U").contains(value)) {
            throw new IllegalArgumentException(
                "laterality is L, R, B or U as DICOM writes it, was \"" + value + "\"");
          }
        });
  }
}
