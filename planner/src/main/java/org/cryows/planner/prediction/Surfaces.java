package org.cryows.planner.prediction;

import java.util.ArrayList;
import java.util.List;
import org.cryows.planner.thermal.cartesian.PointMm;

/** Points sampled on the surfaces of simple shapes, for distances between shapes and the ice. */
final class Surfaces {

  private Surfaces() {}

  /** The lateral surface and both end discs of a cylinder, no two samples further apart. */
  static List<PointMm> cylinderSamplesMm(
      PointMm startMm, PointMm endMm, double diameterMm, double spacingMm) {
    PointMm axis = endMm.minus(startMm);
    double length = axis.lengthMm();
    PointMm direction = axis.times(1 / length);
    PointMm[] across = perpendiculars(direction);
    double radius = diameterMm / 2;
    int along = Math.max(1, (int) Math.ceil(length / spacingMm));
    int around = Math.max(8, (int) Math.ceil(Math.PI * diameterMm / spacingMm));
    int rings = Math.max(1, (int) Math.ceil(radius / spacingMm));
    List<PointMm> samples = new ArrayList<>();
    for (int a = 0; a <= along; a++) {
      PointMm centre = startMm.plus(direction.times(length * a / along));
      for (int k = 0; k < around; k++) {
        samples.add(ring(centre, across, radius, 2 * Math.PI * k / around));
      }
    }
    for (PointMm end : List.of(startMm, endMm)) {
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
  static PointMm[] perpendiculars(PointMm direction) {
    PointMm helper = Math.abs(direction.xMm()) < 0.9 ? new PointMm(1, 0, 0) : new PointMm(0, 1, 0);
    PointMm u = direction.cross(helper).unit();
    PointMm v = direction.cross(u).unit();
    return new PointMm[] {u, v};
  }

  private static PointMm ring(PointMm centre, PointMm[] across, double radius, double angle) {
    return centre
        .plus(across[0].times(radius * Math.cos(angle)))
        .plus(across[1].times(radius * Math.sin(angle)));
  }
}
