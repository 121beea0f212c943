package org.cryows.imaging.volume;

import java.util.Objects;

/**
 * Something about a series that a radiologist must know before measuring on its volume, with the
 * numbers, and what was done about it. The text ends by saying so: accepted, resampled or refused.
 */
public record SeriesProblem(Kind kind, Handling handling, String text) {

  public enum Kind {
    NO_POSITIONS,
    SINGLE_SLICE,
    HEADER_SPACING_DISAGREES,
    IRREGULAR_SPACING,
    DUPLICATE_POSITION,
    MIXED_ORIENTATION,
    GANTRY_TILT,
    MIXED_SLICE_SIZE,
    MIXED_RESCALE,
    PATIENT_MISMATCH,
    FRAME_OF_REFERENCE_MISMATCH,
    LATERALITY_MISMATCH
  }

  /** What the volume does about it. */
  public enum Handling {
    /** Noted; the volume is built as acquired. */
    ACCEPTED,
    /** The slices are regularised onto a uniform grid along the normal. */
    RESAMPLED,
    /** No volume is built. */
    REFUSED
  }

  public SeriesProblem {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(handling);
    Objects.requireNonNull(text);
  }

  static SeriesProblem of(Kind kind, Handling handling, String what) {
    String verdict =
        switch (handling) {
          case ACCEPTED -> "accepted";
          case RESAMPLED -> "resampled onto a uniform grid";
          case REFUSED -> "refused";
        };
    return new SeriesProblem(kind, handling, what + " - " + verdict);
  }

  @Override
  public String toString() {
    return text;
  }
}
