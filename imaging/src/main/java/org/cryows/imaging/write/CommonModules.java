package org.cryows.imaging.write;

import org.cryows.imaging.dataset.Tags;

/** The modules every object the workstation writes shares (PS3.3 C.7, C.12.1). */
final class CommonModules {
  private CommonModules() {}

  static void sopCommon(DatasetSpec.Builder b, String sopClassUid, InstanceIdentity instance) {
    b.text(Tags.SOP_CLASS_UID, Vr.UI, sopClassUid)
        .text(Tags.SOP_INSTANCE_UID, Vr.UI, instance.sopInstanceUid())
        .date(Tags.INSTANCE_CREATION_DATE, instance.contentDate())
        .time(Tags.INSTANCE_CREATION_TIME, instance.contentTime());
  }

  static void patient(DatasetSpec.Builder b, PatientIdentity patient) {
    b.text(Tags.PATIENT_NAME, Vr.PN, patient.name()).text(Tags.PATIENT_ID, Vr.LO, patient.id());
    if (patient.birthDate().isPresent()) {
      b.date(Tags.PATIENT_BIRTH_DATE, patient.birthDate().get());
    } else {
      b.text(Tags.PATIENT_BIRTH_DATE, Vr.DA);
    }
    textOrEmpty(b, Tags.PATIENT_SEX, Vr.CS, patient.sex());
    if (!patient.comments().isEmpty()) {
      b.text(Tags.PATIENT_COMMENTS, Vr.LT, patient.comments());
    }
  }

  static void study(DatasetSpec.Builder b, StudyIdentity study) {
    b.text(Tags.STUDY_INSTANCE_UID, Vr.UI, study.instanceUid())
        .date(Tags.STUDY_DATE, study.date())
        .time(Tags.STUDY_TIME, study.time());
    textOrEmpty(b, Tags.STUDY_ID, Vr.SH, study.id());
    textOrEmpty(b, Tags.ACCESSION_NUMBER, Vr.SH, study.accessionNumber());
    textOrEmpty(b, Tags.REFERRING_PHYSICIAN_NAME, Vr.PN, study.referringPhysician());
    if (!study.description().isEmpty()) {
      b.text(Tags.STUDY_DESCRIPTION, Vr.LO, study.description());
    }
  }

  static void series(DatasetSpec.Builder b, SeriesIdentity series, String modality) {
    b.text(Tags.MODALITY, Vr.CS, modality)
        .text(Tags.SERIES_INSTANCE_UID, Vr.UI, series.instanceUid())
        .integers(Tags.SERIES_NUMBER, Vr.IS, series.number())
        .date(Tags.SERIES_DATE, series.date())
        .time(Tags.SERIES_TIME, series.time());
    if (!series.description().isEmpty()) {
      b.text(Tags.SERIES_DESCRIPTION, Vr.LO, series.description());
    }
    if (!series.bodyPartExamined().isEmpty()) {
      b.text(Tags.BODY_PART_EXAMINED, Vr.CS, series.bodyPartExamined());
    }
  }

  static void equipment(DatasetSpec.Builder b, Equipment equipment) {
    textOrEmpty(b, Tags.MANUFACTURER, Vr.LO, equipment.manufacturer());
    if (!equipment.modelName().isEmpty()) {
      b.text(Tags.MANUFACTURER_MODEL_NAME, Vr.LO, equipment.modelName());
    }
    if (!equipment.softwareVersions().isEmpty()) {
      b.text(Tags.SOFTWARE_VERSIONS, Vr.LO, equipment.softwareVersions());
    }
  }

  /**
   * General Image (C.7.6.1): number, content time, the side, and no burned-in identity. The side is
   * Image Laterality only: the series' Laterality (0020,0060) must be absent when it is sent.
   */
  static void generalImage(
      DatasetSpec.Builder b, InstanceIdentity instance, Laterality laterality, String comments) {
    b.integers(Tags.INSTANCE_NUMBER, Vr.IS, instance.instanceNumber())
        .date(Tags.CONTENT_DATE, instance.contentDate())
        .time(Tags.CONTENT_TIME, instance.contentTime())
        .text(Tags.IMAGE_LATERALITY, Vr.CS, laterality.code())
        .text(Tags.BURNED_IN_ANNOTATION, Vr.CS, "NO");
    if (comments != null && !comments.isEmpty()) {
      b.text(Tags.IMAGE_COMMENTS, Vr.LT, comments);
    }
  }

  private static void textOrEmpty(
      DatasetSpec.Builder b, org.cryows.imaging.dataset.Tag tag, Vr vr, String value) {
    if (value.isEmpty()) {
      b.text(tag, vr);
    } else {
      b.text(tag, vr, value);
    }
  }
}
