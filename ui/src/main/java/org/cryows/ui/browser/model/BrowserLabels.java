package org.cryows.ui.browser.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.source.Patient;
import org.cryows.imaging.source.Series;
import org.cryows.imaging.source.Study;
import org.cryows.ui.viewer.model.ImageStack;

/** How the study browser names what it lists, from the files' own attributes. */
public final class BrowserLabels {
  private BrowserLabels() {}

  /**
   * "DOE, John (ID 123)"; the name's DICOM components (family^given^middle) as a reader says them.
   */
  public static String patient(Patient patient) {
    String name = personName(patient.name());
    String id = patient.patientId().isEmpty() ? "no Patient ID" : "ID " + patient.patientId();
    return name + " (" + id + ")";
  }

  public static String personName(String dicomName) {
    if (dicomName.isBlank()) {
      return "name not given";
    }
    String[] parts = dicomName.split("\\^", -1);
    List<String> given = new ArrayList<>();
    for (int i = 1; i < Math.min(parts.length, 3); i++) {
      if (!parts[i].isBlank()) {
        given.add(parts[i].strip());
      }
    }
    String family = parts[0].strip();
    if (given.isEmpty()) {
      return family;
    }
    return family.isEmpty() ? String.join(" ", given) : family + ", " + String.join(" ", given);
  }

  /** "2005-01-01 · Knee MRI" or "Study without date or description". */
  public static String study(Study study) {
    List<String> parts = new ArrayList<>();
    if (!study.date().isEmpty()) {
      parts.add(date(study.date()));
    }
    if (!study.description().isEmpty()) {
      parts.add(study.description());
    }
    if (parts.isEmpty()) {
      return study.studyId().isEmpty()
          ? "Study without date or description"
          : "Study " + study.studyId();
    }
    return String.join(" · ", parts);
  }

  /** "Series 3 · MR · ADC" over "20 images" or "1 file, 30 frames". */
  public static String series(Series series) {
    int files = series.instances().size();
    String count;
    if (files == 1) {
      int frames = series.instances().get(0).frames();
      count = frames > 1 ? "1 file, " + frames + " frames" : "1 image";
    } else {
      count = files + " images";
    }
    return ImageStack.labelOf(series) + "\n" + count;
  }

  /** "#7 · 000006.dcm" or "000006.dcm, 30 frames". */
  public static String instance(Instance instance) {
    String name =
        instance.path().getFileName() == null
            ? instance.path().toString()
            : instance.path().getFileName().toString();
    String number =
        instance.instanceNumber().isPresent()
            ? "#" + instance.instanceNumber().getAsInt() + " · "
            : "";
    return number + name + (instance.frames() > 1 ? ", " + instance.frames() + " frames" : "");
  }

  /** YYYYMMDD as YYYY-MM-DD; anything else as written. */
  static String date(String dicomDate) {
    if (dicomDate.matches("\\d{8}")) {
      return dicomDate.substring(0, 4)
          + "-"
          + dicomDate.substring(4, 6)
          + "-"
          + dicomDate.substring(6);
    }
    return dicomDate;
  }
}
