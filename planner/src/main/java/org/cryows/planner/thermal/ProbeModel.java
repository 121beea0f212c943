package org.cryows.planner.thermal;

import java.util.Objects;
import org.cryows.treatment.Gas;

/**
 * One probe type as the thermal model sees it: its size, its gas and how it extracts heat.
 *
 * @param activeLengthMm length of the freezing segment at the tip
 */
public record ProbeModel(
    String id,
    String description,
    double outerDiameterMm,
    double activeLengthMm,
    Gas gas,
    ProbeCooling cooling,
    CoolingProvenance provenance) {

  public ProbeModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(gas, "gas");
    Objects.requireNonNull(cooling, "cooling");
    Objects.requireNonNull(provenance, "provenance");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a probe needs an id");
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

  public boolean isFittedToMeasurement() {
    return provenance instanceof CoolingProvenance.FittedToMeasurement;
  }
}
