package org.cryows.planner.validation;

import java.util.Objects;

/**
 * One measured ice-ball figure from a publication, with what it is and how precise it can be.
 *
 * @param source the publication, enough to find the figure
 * @param what the quantity, the probe and the conditions
 * @param valueMm the figure as published (or derived from published figures, see {@code derived})
 * @param resolutionMm how finely the method could place it (for example half the spacing of the
 *     thermocouples it was interpolated between)
 * @param derived true when the figure is computed from published ones rather than printed; such a
 *     figure is marked [check] in the docs
 */
public record PublishedMeasurement(
    String source, String what, double valueMm, double resolutionMm, boolean derived) {

  public PublishedMeasurement {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(what, "what");
    if (!(valueMm > 0) || !(resolutionMm >= 0)) {
      throw new IllegalArgumentException("a measurement needs a positive value and a resolution");
    }
  }
}
