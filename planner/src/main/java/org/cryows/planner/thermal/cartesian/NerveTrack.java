package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * Points along a nerve (or any structure) whose thermal history the run records: the coldest
 * temperature each point reaches and how long it spends at or below a threshold, the figures that
 * decide whether a nerve segment is lastingly blocked.
 *
 * @param thresholdC the temperature the exposure time is counted below
 */
public record NerveTrack(String name, List<Vector3> pointsMm, double thresholdC) {

  public NerveTrack {
    Objects.requireNonNull(name, "name");
    pointsMm = List.copyOf(pointsMm);
    if (pointsMm.isEmpty()) {
      throw new IllegalArgumentException("nerve track '" + name + "' needs at least one point");
    }
    if (!Double.isFinite(thresholdC) || thresholdC < -273.15) {
      throw new IllegalArgumentException(
          "nerve track '" + name + "': threshold is not physical: " + thresholdC + " C");
    }
  }

  /**
   * Samples a polyline every {@code spacingMm} or closer (each segment split evenly, its vertices
   * kept).
   */
  public static NerveTrack alongPolyline(
      String name, List<Vector3> verticesMm, double spacingMm, double thresholdC) {
    if (verticesMm.size() < 2) {
      throw new IllegalArgumentException("nerve track '" + name + "' needs at least two vertices");
    }
    if (!(spacingMm > 0) || !Double.isFinite(spacingMm)) {
      throw new IllegalArgumentException(
          "nerve track '" + name + "': sample spacing must be positive, got " + spacingMm);
    }
    List<Vector3> samples = new ArrayList<>();
    samples.add(verticesMm.getFirst());
    for (int v = 1; v < verticesMm.size(); v++) {
      Vector3 from = verticesMm.get(v - 1);
      Vector3 to = verticesMm.get(v);
      int pieces = Math.max(1, (int) Math.ceil(to.minus(from).length() / spacingMm - 1e-9));
      for (int p = 1; p <= pieces; p++) {
        samples.add(from.plus(to.minus(from).times((double) p / pieces)));
      }
    }
    return new NerveTrack(name, samples, thresholdC);
  }
}
