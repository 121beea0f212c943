package org.cryows.planner.plan;

import java.util.Objects;

/**
 * Who the plan is for, as the images name the patient.
 *
 * @param id the Patient ID (0010,0020) the plan's images carry
 * @param name the patient's name as shown to the team
 */
public record PatientIdentity(String id, String name) {

  public PatientIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a patient id is required");
    }
  }
}
