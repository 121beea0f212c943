package org.cryows.imaging.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;

/** What the tree needs from one file's header: its instance and where it belongs. */
record FileEntry(
    Instance instance,
    String patientId,
    String patientName,
    String studyInstanceUid,
    String studyId,
    String studyDescription,
    String studyDate,
    String seriesInstanceUid,
    OptionalInt seriesNumber,
    String seriesDescription) {

  /**
   * @throws DicomAttributeException when an identifying UID is missing or a value is unusable
   */
  static FileEntry of(Path file, DicomDataset header, Optional<DicomImage> image) {
    String sopInstanceUid =
        header
            .string(Tags.SOP_INSTANCE_UID)
            .or(() -> header.string(Tags.MEDIA_STORAGE_SOP_INSTANCE_UID))
            .orElseThrow(() -> missing(header, Tags.SOP_INSTANCE_UID, "an instance"));
    String studyUid =
        header
            .string(Tags.STUDY_INSTANCE_UID)
            .orElseThrow(() -> missing(header, Tags.STUDY_INSTANCE_UID, "a study"));
    String seriesUid =
        header
            .string(Tags.SERIES_INSTANCE_UID)
            .orElseThrow(() -> missing(header, Tags.SERIES_INSTANCE_UID, "a series"));
    Instance instance =
        new Instance(
            file,
            sopInstanceUid,
            header
                .string(Tags.SOP_CLASS_UID)
                .or(() -> header.string(Tags.MEDIA_STORAGE_SOP_CLASS_UID))
                .orElse(""),
            text(header, Tags.MODALITY),
            header.integer(Tags.INSTANCE_NUMBER),
            frames(header),
            text(header, Tags.TRANSFER_SYNTAX_UID),
            image);
    return new FileEntry(
        instance,
        text(header, Tags.PATIENT_ID),
        text(header, Tags.PATIENT_NAME),
        studyUid,
        text(header, Tags.STUDY_ID),
        text(header, Tags.STUDY_DESCRIPTION),
        text(header, Tags.STUDY_DATE),
        seriesUid,
        header.integer(Tags.SERIES_NUMBER),
        text(header, Tags.SERIES_DESCRIPTION));
  }

  private static int frames(DicomDataset header) {
    OptionalInt frames = header.integer(Tags.NUMBER_OF_FRAMES);
    if (frames.isPresent()) {
      if (frames.getAsInt() < 1) {
        throw new DicomAttributeException(
            header.origin(), Tags.NUMBER_OF_FRAMES, frames.getAsInt() + " is not a frame count");
      }
      return frames.getAsInt();
    }
    return header.contains(Tags.ROWS) ? 1 : 0;
  }

  private static String text(DicomDataset header, Tag tag) {
    return header.string(tag).orElse("");
  }

  private static DicomAttributeException missing(DicomDataset header, Tag tag, String what) {
    return new DicomAttributeException(
        header.origin(), tag, "missing: the file cannot be placed in " + what);
  }
}
