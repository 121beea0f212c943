package org.cryows.ui.browser.model;

import java.util.List;
import org.cryows.imaging.source.DicomTree;
import org.cryows.imaging.source.Patient;

/**
 * The case label of the window header, from what is loaded: the patient and study of the open
 * files. Until the workstation has case folders (plans, journals), the open images are the case.
 */
public final class CaseDescription {
  private CaseDescription() {}

  /** The label, or null when nothing is loaded (the header then says so). */
  public static String of(DicomTree tree) {
    if (tree == null) {
      return null;
    }
    List<Patient> patients = tree.patients();
    if (patients.isEmpty()) {
      return null;
    }
    if (patients.size() > 1) {
      return patients.size() + " patients (the open files belong to several patients)";
    }
    Patient patient = patients.get(0);
    String label = BrowserLabels.patient(patient);
    if (patient.studies().size() == 1) {
      return label + " · " + BrowserLabels.study(patient.studies().get(0));
    }
    return label + " · " + patient.studies().size() + " studies";
  }
}
