package org.cryows.planner.catalog;

import java.util.Objects;

/**
 * A structure the ice of a treatment must stay away from, and by how much.
 *
 * @param minDistanceMm the least distance between the structure and the predicted ice, mm
 * @param basis where the distance comes from
 */
public record KeepClear(String structure, double minDistanceMm, String basis) {

  public KeepClear {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(basis, "basis");
    if (structure.isBlank() || basis.isBlank()) {
      throw new IllegalArgumentException("a structure to keep clear needs a name and a basis");
    }
    if (!(minDistanceMm >= 0) || !Double.isFinite(minDistanceMm)) {
      throw new IllegalArgumentException(
          structure + ": the distance to keep must be zero or positive mm, got " + minDistanceMm);
    }
  }
}
