package org.cryows.imaging.volume;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a slice says about whom and where it belongs, and how its stored values become physical
 * values: checked for consistency across a series. Empty text when the header has none.
 *
 * @param instanceNumber Instance Number, which orders slices only when they have no positions
 * @param laterality Frame Laterality, else Image Laterality, else Laterality (R, L, B, U or empty)
 */
public record SliceAttributes(
    String origin,
    String patientId,
    String patientName,
    String frameOfReferenceUid,
    String laterality,
    OptionalInt instanceNumber,
    double rescaleSlope,
    double rescaleIntercept) {

  public SliceAttributes {
    Objects.requireNonNull(origin);
    Objects.requireNonNull(patientId);
    Objects.requireNonNull(patientName);
    Objects.requireNonNull(frameOfReferenceUid);
    Objects.requireNonNull(laterality);
    Objects.requireNonNull(instanceNumber);
    if (!Double.isFinite(rescaleSlope) || rescaleSlope == 0 || !Double.isFinite(rescaleIntercept)) {
      throw new IllegalArgumentException(
          origin + ": rescale slope is finite and non-zero, intercept finite");
    }
  }
}
