package org.cryows.samples.cases;

import java.util.Objects;
import org.cryows.samples.SamplePatient;
import org.cryows.samples.ultrasound.CineSpec;
import org.cryows.samples.ultrasound.ScannerSettings;
import org.cryows.samples.ultrasound.Scene;

/**
 * One bundled ultrasound case: where it goes, whose it is, what the probe sees and how it moves.
 *
 * @param folder the case's folder name under the samples folder, e.g. {@code knee-smgn}
 * @param title one line for people
 * @param seriesNumber the series' number in the patient's ultrasound study
 * @param seriesDescription Series Description (at most 64 characters)
 * @param bodyPart Body Part Examined (PS3.16 Annex L)
 * @param examType value 3 of the US Image Type
 */
public record UltrasoundCase(
    String folder,
    String title,
    SamplePatient patient,
    int seriesNumber,
    String seriesDescription,
    String bodyPart,
    String examType,
    Scene scene,
    ScannerSettings settings,
    CineSpec spec) {

  public UltrasoundCase {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(spec, "spec");
  }

  /** The Study Description of the patient's ultrasound study. */
  public String studyDescription() {
    return switch (patient) {
      case KNEE -> "US genicular nerves, right knee (synthetic)";
      case INTERCOSTAL -> "US intercostal nerve, right chest wall (synthetic)";
      case OCCIPITAL -> "US greater occipital nerve, right (synthetic)";
    };
  }
}
