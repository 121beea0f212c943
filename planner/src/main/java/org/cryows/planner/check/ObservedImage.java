package org.cryows.planner.check;

import java.util.Objects;
import java.util.Optional;

/**
 * What an image file the plan names holds now: its SOP Instance UID, Patient ID and laterality
 * (Image Laterality, else Laterality), or why it could not be read. Empty for an image named
 * without a file.
 *
 * @param imageIndex the image's place in the plan's {@code images}
 */
public record ObservedImage(
    int imageIndex,
    Optional<String> sopInstanceUid,
    Optional<String> patientId,
    Optional<String> laterality,
    Optional<String> problem) {

  public ObservedImage {
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(laterality, "laterality");
    Objects.requireNonNull(problem, "problem");
  }

  /** An image the plan names without a file: nothing observed. */
  public static ObservedImage notRead(int imageIndex) {
    return new ObservedImage(
        imageIndex, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public boolean read() {
    return sopInstanceUid.isPresent();
  }
}
