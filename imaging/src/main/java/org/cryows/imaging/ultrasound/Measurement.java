package org.cryows.imaging.ultrasound;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A distance or an area: in millimetres when {@link #calibration()} is {@link
 * Calibration#CALIBRATED}, otherwise in pixels, with the reason and a sentence for the user.
 *
 * @param region the region that calibrated the value (its index, from 1), or the one the refusal is
 *     about, when there is one
 */
public record Measurement(
    double value,
    MeasurementUnit unit,
    Calibration calibration,
    OptionalInt region,
    String explanation) {

  public Measurement {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(explanation, "explanation");
    boolean millimetres = unit == MeasurementUnit.MM || unit == MeasurementUnit.MM2;
    if (millimetres != (calibration == Calibration.CALIBRATED)) {
      throw new IllegalArgumentException(
          "a value is in mm exactly when it is calibrated: " + unit + " with " + calibration);
    }
  }

  public boolean calibrated() {
    return calibration == Calibration.CALIBRATED;
  }

  @Override
  public String toString() {
    return String.format("%.3f %s (%s: %s)", value, unit.symbol(), calibration, explanation);
  }
}
