package org.cryows.imaging.write;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The Patient module (PS3.3 C.7.1.1) of an object to write.
 *
 * @param name Patient's Name, DICOM person name form ({@code FAMILY^GIVEN})
 * @param id Patient ID
 * @param sex {@code M}, {@code F} or {@code O}; empty when unknown (written empty, type 2)
 * @param birthDate written empty when unknown (type 2)
 * @param comments Patient Comments, e.g. a note that the patient is synthetic; may be empty
 */
public record PatientIdentity(
    String name, String id, String sex, Optional<LocalDate> birthDate, String comments) {
  public PatientIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(birthDate, "birthDate");
    sex = sex == null ? "" : sex;
    comments = comments == null ? "" : comments;
    if (name.isBlank() || id.isBlank()) {
      throw new IllegalArgumentException("a patient has a name and an ID");
    }
    if (!sex.isEmpty() && !sex.matches("[MFO]")) {
      throw new IllegalArgumentException("Patient's Sex is M, F or O, not '" + sex + "'");
    }
  }
}
