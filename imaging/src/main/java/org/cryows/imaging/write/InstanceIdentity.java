package org.cryows.imaging.write;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One instance: its SOP Instance UID, Instance Number, and when its content was made (Content Date
 * and Time, also written as the Instance Creation Date and Time).
 */
public record InstanceIdentity(
    String sopInstanceUid, int instanceNumber, LocalDate contentDate, LocalTime contentTime) {
  public InstanceIdentity {
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(contentDate, "contentDate");
    Objects.requireNonNull(contentTime, "contentTime");
    if (instanceNumber < 1) {
      throw new IllegalArgumentException("Instance Number starts at 1, not " + instanceNumber);
    }
  }
}
