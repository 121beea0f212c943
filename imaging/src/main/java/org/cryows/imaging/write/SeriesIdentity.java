package org.cryows.imaging.write;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The General Series module (PS3.3 C.7.3.1) of an object to write; the modality comes from the
 * object.
 *
 * @param instanceUid Series Instance UID
 * @param number Series Number
 * @param laterality the side examined, written as Image Laterality (0020,0062) of each image
 * @param bodyPartExamined a defined term of PS3.16 Annex L, e.g. {@code KNEE}
 */
public record SeriesIdentity(
    String instanceUid,
    int number,
    String description,
    LocalDate date,
    LocalTime time,
    Laterality laterality,
    String bodyPartExamined) {
  public SeriesIdentity {
    Objects.requireNonNull(instanceUid, "instanceUid");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(laterality, "laterality");
    description = description == null ? "" : description;
    bodyPartExamined = bodyPartExamined == null ? "" : bodyPartExamined;
    if (number < 0) {
      throw new IllegalArgumentException("Series Number must not be negative: " + number);
    }
  }
}
