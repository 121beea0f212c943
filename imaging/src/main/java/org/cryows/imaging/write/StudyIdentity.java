package org.cryows.imaging.write;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The General Study module (PS3.3 C.7.2.1) of an object to write.
 *
 * @param instanceUid Study Instance UID
 * @param id Study ID (may be empty)
 * @param accessionNumber may be empty
 * @param referringPhysician DICOM person name form; may be empty
 */
public record StudyIdentity(
    String instanceUid,
    String id,
    LocalDate date,
    LocalTime time,
    String accessionNumber,
    String description,
    String referringPhysician) {
  public StudyIdentity {
    Objects.requireNonNull(instanceUid, "instanceUid");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    id = id == null ? "" : id;
    accessionNumber = accessionNumber == null ? "" : accessionNumber;
    description = description == null ? "" : description;
    referringPhysician = referringPhysician == null ? "" : referringPhysician;
  }
}
