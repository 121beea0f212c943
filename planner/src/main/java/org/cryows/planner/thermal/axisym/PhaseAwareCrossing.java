package org.cryows.planner.thermal.axisym;

import java.util.OptionalDouble;
import org.cryows.planner.thermal.IsothermLocator;

/**
 * Where a line of samples, cold end first, crosses an isotherm, interpolating only within the phase
 * the isotherm lies in. The temperature is smooth inside unfrozen tissue and inside ice but has a
 * kink at the freezing front, and a cell the front crosses reports the temperature of its mean
 * enthalpy, not of its centre. An isotherm in unfrozen tissue (0 C) is therefore placed from the
 * unfrozen samples alone, extrapolated linearly towards the front when it lies between the front
 * cell and the first unfrozen sample; an isotherm in ice (-20 C, -40 C) likewise from the frozen
 * side. Interpolating across the kink instead costs an error of the order of the cell size.
 */
final class PhaseAwareCrossing {

  /** Phase of each sample: below the solidus, between, above the liquidus. */
  enum Phase {
    FROZEN,
    MUSHY,
    UNFROZEN
  }

  private PhaseAwareCrossing() {}

  /**
   * @param positions increasing away from the cold source
   * @param temperaturesC one per position
   * @param phases one per position
   * @param isothermPhase the phase in which the isotherm temperature lies
   * @return the outermost crossing, or empty when no sample is at or below the isotherm
   */
  static OptionalDouble outermost(
      double[] positions,
      double[] temperaturesC,
      Phase[] phases,
      Phase isothermPhase,
      double isothermC) {
    int last = temperaturesC.length - 1;
    for (int i = last; i >= 0; i--) {
      if (temperaturesC[i] > isothermC) {
        continue;
      }
      if (i == last) {
        return OptionalDouble.of(positions[i]);
      }
      return OptionalDouble.of(
          between(positions, temperaturesC, phases, isothermPhase, isothermC, i, i + 1));
    }
    return OptionalDouble.empty();
  }

  /**
   * The crossing between samples {@code cold} and {@code warm} (adjacent, in either order of
   * position), extrapolated from two samples of the isotherm's phase when one of the pair is in
   * another phase; clamped to the pair.
   */
  static double between(
      double[] positions,
      double[] temperaturesC,
      Phase[] phases,
      Phase isothermPhase,
      double isothermC,
      int cold,
      int warm) {
    double interpolated =
        IsothermLocator.crossing(
            positions[cold], temperaturesC[cold], positions[warm], temperaturesC[warm], isothermC);
    if (isothermPhase == Phase.MUSHY
        || phases[cold] == isothermPhase && phases[warm] == isothermPhase) {
      return interpolated;
    }
    int direction = warm - cold;
    int first;
    int second;
    if (isothermPhase == Phase.UNFROZEN && phases[warm] == Phase.UNFROZEN) {
      first = warm;
      second = warm + direction;
    } else {
      return interpolated;
    }
    if (second < 0 || second >= positions.length || phases[second] != isothermPhase) {
      return interpolated;
    }
    double slope =
        (temperaturesC[second] - temperaturesC[first]) / (positions[second] - positions[first]);
    if (!(slope * (positions[warm] - positions[cold]) > 0)) {
      return interpolated;
    }
    double extrapolated = positions[first] + (isothermC - temperaturesC[first]) / slope;
    double low = Math.min(positions[cold], positions[warm]);
    double high = Math.max(positions[cold], positions[warm]);
    return Math.clamp(extrapolated, low, high);
  }
}
