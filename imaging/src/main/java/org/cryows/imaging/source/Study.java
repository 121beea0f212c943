package org.cryows.imaging.source;

import java.util.List;
import java.util.Objects;

/**
 * The series of one study, ordered by Series Number (series without one last), then by UID.
 *
 * @param date Study Date as written (YYYYMMDD), empty when absent
 */
public record Study(
    String studyInstanceUid, String studyId, String description, String date, List<Series> series) {

  public Study {
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(studyId, "studyId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(date, "date");
    series = List.copyOf(series);
  }
}
