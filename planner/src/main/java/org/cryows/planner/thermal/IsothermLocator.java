package org.cryows.planner.thermal;

import java.util.OptionalDouble;

/**
 * Finds where a temperature profile sampled along a line crosses an isotherm, interpolating
 * linearly between samples. The profile runs from the cold source outwards: the front of an
 * isotherm is the outermost point at or below it.
 */
public final class IsothermLocator {

  private IsothermLocator() {}

  /**
   * Position of the outermost crossing, or empty when no sample is at or below the isotherm. When
   * the last sample is still at or below it, the isotherm has reached the end of the line and that
   * end is returned.
   *
   * @param positions sample positions, increasing
   * @param temperaturesC temperature at each position
   */
  public static OptionalDouble outermostCrossing(
      double[] positions, double[] temperaturesC, double isothermC) {
    if (positions.length != temperaturesC.length) {
      throw new IllegalArgumentException("one temperature per position expected");
    }
    for (int i = temperaturesC.length - 1; i >= 0; i--) {
      if (temperaturesC[i] <= isothermC) {
        if (i == temperaturesC.length - 1) {
          return OptionalDouble.of(positions[i]);
        }
        return OptionalDouble.of(
            crossing(
                positions[i], temperaturesC[i], positions[i + 1], temperaturesC[i + 1], isothermC));
      }
    }
    return OptionalDouble.empty();
  }

  /** The point between two samples where the linear interpolant equals the isotherm. */
  public static double crossing(
      double position0,
      double temperature0C,
      double position1,
      double temperature1C,
      double isothermC) {
    double span = temperature1C - temperature0C;
    if (span == 0) {
      return position0;
    }
    double share = (isothermC - temperature0C) / span;
    return position0 + Math.clamp(share, 0.0, 1.0) * (position1 - position0);
  }
}
