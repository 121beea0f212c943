package org.cryows.planner.thermal;

import java.util.Objects;
import java.util.OptionalInt;
import org.cryows.treatment.Gas;

/**
 * One probe type as the thermal model sees it: its size, its one gas and how it extracts heat. The
 * active (freezing) segment runs along the shaft from the tip point for {@code activeLengthMm}.
 *
 * @param gauge the needle gauge (Birmingham / ISO 9626), when the probe has one
 * @param outerDiameterMm outside diameter of the shaft over the active segment
 * @param activeLengthMm length of the freezing segment at the tip
 */
public record ProbeModel(
    String id,
    String description,
    OptionalInt gauge,
    double outerDiameterMm,
    double activeLengthMm,
    Gas gas,
    ProbeCooling cooling,
    CoolingProvenance provenance) {

  public ProbeModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(gauge, "gauge");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(cooling, "cooling");
    Objects.requireNonNull(provenance, "provenance");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a probe needs an id");
    }
    if (gauge.isPresent() && (gauge.getAsInt() < 7 || gauge.getAsInt() > 34)) {
      throw new IllegalArgumentException(id + ": needle gauges run from 7 to 34, got " + gauge);
    }
    if (!(outerDiameterMm > 0) || !Double.isFinite(outerDiameterMm)) {
      throw new IllegalArgumentException(id + ": outer diameter must be positive");
    }
    if (!(activeLengthMm > 0) || !Double.isFinite(activeLengthMm)) {
      throw new IllegalArgumentException(id + ": active length must be positive");
    }
  }

  public double radiusMm() {
    return outerDiameterMm / 2;
  }

  /** Where the active segment starts along the shaft from the tip point, mm (at the tip). */
  public double activeSegmentStartMm() {
    return 0;
  }

  /** Where the active segment ends along the shaft from the tip point, mm. */
  public double activeSegmentEndMm() {
    return activeSegmentStartMm() + activeLengthMm;
  }

  /** The same probe with another cooling law (a regulated tip resolved for one prediction). */
  public ProbeModel withCooling(ProbeCooling newCooling) {
    return new ProbeModel(
        id, description, gauge, outerDiameterMm, activeLengthMm, gas, newCooling, provenance);
  }

  public boolean isFittedToMeasurement() {
    return provenance instanceof CoolingProvenance.FittedToMeasurement;
  }
}
