package org.cryows.imaging.source;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** The instances of one series, ordered by Instance Number, then by path. */
public record Series(
    String seriesInstanceUid,
    OptionalInt seriesNumber,
    String description,
    String modality,
    List<Instance> instances) {

  public Series {
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    Objects.requireNonNull(seriesNumber, "seriesNumber");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(modality, "modality");
    instances = List.copyOf(instances);
  }
}
