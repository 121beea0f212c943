package org.cryows.planner.thermal;

import java.util.Objects;

/**
 * Where a probe's cooling parameters come from. The data a probe was fitted to is named here so
 * that validation can use other data.
 */
public sealed interface CoolingProvenance {

  /** A reasoned estimate, not fitted to any measured ice ball; predictions are indicative only. */
  record Estimated(String basis) implements CoolingProvenance {
    public Estimated {
      requireText(basis, "basis");
    }
  }

  /**
   * Not a probe model but a boundary condition the user prescribed (a wall temperature, a line
   * sink), as in the exact-solution cases: the validity envelope judges it as such.
   */
  record Prescribed(String what) implements CoolingProvenance {
    public Prescribed {
      requireText(what, "what");
    }
  }

  /** Fitted to measurements: which measurements, and the publication or report they are from. */
  record FittedToMeasurement(String measuredData, String source) implements CoolingProvenance {
    public FittedToMeasurement {
      requireText(measuredData, "measuredData");
      requireText(source, "source");
    }
  }

  private static void requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
