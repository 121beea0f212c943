package org.cryows.samples;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.cryows.imaging.write.Equipment;
import org.cryows.imaging.write.Laterality;
import org.cryows.imaging.write.PatientIdentity;
import org.cryows.imaging.write.StudyIdentity;

/**
 * The synthetic patients of the samples, plainly so: names {@code SAMPLE^...}, IDs {@code
 * SAMPLE-...-01}, no birth date or sex, a comment saying what they are. Each has its side (what a
 * plan's identity check compares with Image Laterality) and fixed study dates and times.
 *
 * @param number the patient's number in the sample UIDs
 */
public enum SamplePatient {
  KNEE(1, "SAMPLE^KNEE", "SAMPLE-KNEE-01", Laterality.RIGHT),
  INTERCOSTAL(2, "SAMPLE^INTERCOSTAL", "SAMPLE-INTERCOSTAL-01", Laterality.RIGHT),
  OCCIPITAL(3, "SAMPLE^OCCIPITAL", "SAMPLE-OCCIPITAL-01", Laterality.RIGHT);

  /** The day every sample study was "acquired": fixed, so the samples stay the same bytes. */
  public static final LocalDate STUDY_DATE = LocalDate.of(2024, 5, 14);

  public static final String COMMENT =
      "Synthetic sample made by the cryoneurolysis workstation's samples generator; not a patient.";

  /** What made every sample image. */
  public static final Equipment EQUIPMENT =
      new Equipment("cryows (synthetic)", "samples generator", SampleVersion.current().label());

  private final int number;
  private final String name;
  private final String id;
  private final Laterality side;

  SamplePatient(int number, String name, String id, Laterality side) {
    this.number = number;
    this.name = name;
    this.id = id;
    this.side = side;
  }

  public int number() {
    return number;
  }

  public String patientId() {
    return id;
  }

  public Laterality side() {
    return side;
  }

  public PatientIdentity identity() {
    return new PatientIdentity(name, id, "", Optional.empty(), COMMENT);
  }

  /**
   * One of the patient's studies: 1 the ultrasound, 2 the CT.
   *
   * @param description the study's description
   */
  public StudyIdentity study(int study, String description) {
    return new StudyIdentity(
        SampleUids.study(number, study),
        Integer.toString(study),
        STUDY_DATE,
        studyTime(study),
        "SAMPLE" + number + study,
        description,
        "");
  }

  /** Patient 1's studies at 9:10 and 9:20, patient 2's at 10:10 and 10:20, and so on. */
  public LocalTime studyTime(int study) {
    return LocalTime.of(8 + number, 10 * study);
  }
}
