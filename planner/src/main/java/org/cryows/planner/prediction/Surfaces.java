package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;

/** Points sampled on the surfaces of simple shapes, for distances between shapes and the ice. */
final class Surfaces {

  private Surfaces() {}

  /** The lateral surface and both end discs of a cylinder, no two samples further apart. */
  static List<Vector3> cylinderSamplesMm(
      Vector3 startMm, Vector3 endMm, double diameterMm, double spacingMm) {
    Vector3 axis = endMm.minus(startMm);
    double length = axis.length();
    Vector3 direction = axis.times(1 / length);
    Vector3[] across = perpendiculars(direction);
    double radius = diameterMm / 2;
    int along = Math.max(1, (int) Math.ceil(length / spacingMm));
    int around = Math.max(8, (int) Math.ceil(Math.PI * diameterMm / spacingMm));
    int rings = Math.max(1, (int) Math.ceil(radius / spacingMm));
    List<Vector3> samples = new ArrayList<>();
    for (int a = 0; a <= along; a++) {
      Vector3 centre = startMm.plus(direction.times(length * a / along));
      for (int k = 0; k < around; k++) {
        samples.add(ring(centre, across, radius, 2 * Math.PI * k / around));
      }
    }
    for (Vector3 end : List.of(startMm, endMm)) {
      for (int r = 0; r < rings; r++) {
        double ringRadius = radius * r / rings;
        for (int k = 0; k < around; k++) {
          samples.add(ring(end, across, ringRadius, 2 * Math.PI * k / around));
        }
      }
    }
    return samples;
  }

  /** Two unit vectors square to a direction and to each other. */
  static Vector3[] perpendiculars(Vector3 direction) {
    Vector3 helper = Math.abs(direction.x()) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
    Vector3 u = direction.cross(helper).normalized();
    Vector3 v = direction.cross(u).normalized();
    return new Vector3[] {u, v};
  }

  private static Vector3 ring(Vector3 centre, Vector3[] across, double radius, double angle) {
    return centre
        .plus(across[0].times(radius * Math.cos(angle)))
        .plus(across[1].times(radius * Math.sin(angle)));
  }
}
