package org.cryows.imaging.source;

import java.util.List;
import java.util.Objects;

/** The studies of one patient (same Patient ID and name), ordered by date, then by UID. */
public record Patient(String patientId, String name, List<Study> studies) {

  public Patient {
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(name, "name");
    studies = List.copyOf(studies);
  }
}
