package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.KeepClear;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.prediction.PlacedProbe;

/** Distances between probes, segments and structures in the plan's frame, mm. */
final class PlanGeometry {

  /** Body and blood temperature, C. */
  static final double BODY_C = 37;

  private PlanGeometry() {}

  /** Two unit vectors perpendicular to a direction and to each other. */
  static Vector3[] perpendiculars(Vector3 direction) {
    Vector3 d = direction.normalized();
    Vector3 helper = Math.abs(d.x()) < 0.9 ? new Vector3(1, 0, 0) : new Vector3(0, 1, 0);
    Vector3 first = d.cross(helper).normalized();
    return new Vector3[] {first, d.cross(first).normalized()};
  }

  /** The point of segment [a, b] nearest to p. */
  static Vector3 nearestOnSegment(Vector3 a, Vector3 b, Vector3 p) {
    Vector3 ab = b.minus(a);
    double lengthSquared = ab.dot(ab);
    if (lengthSquared == 0) {
      return a;
    }
    double t = Math.clamp(p.minus(a).dot(ab) / lengthSquared, 0.0, 1.0);
    return a.plus(ab.times(t));
  }

  /** The smallest distance between segments [a, b] and [c, d]. */
  static double segmentDistanceMm(Vector3 a, Vector3 b, Vector3 c, Vector3 d) {
    // Minimise over one segment's parameter with the other's nearest point; the distance is convex
    // in the parameter, so a golden-section search converges to the minimum.
    double low = 0;
    double high = 1;
    double ratio = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 80; i++) {
      double m1 = high - ratio * (high - low);
      double m2 = low + ratio * (high - low);
      if (pointSegmentDistance(a, b, m1, c, d) <= pointSegmentDistance(a, b, m2, c, d)) {
        high = m2;
      } else {
        low = m1;
      }
    }
    return pointSegmentDistance(a, b, 0.5 * (low + high), c, d);
  }

  private static double pointSegmentDistance(Vector3 a, Vector3 b, double t, Vector3 c, Vector3 d) {
    Vector3 p = a.plus(b.minus(a).times(t));
    return nearestOnSegment(c, d, p).minus(p).length();
  }

  /** The nearest point of any probe's active segment. */
  static Vector3 nearestActivePointMm(List<PlacedProbe> probes, Vector3 point) {
    Vector3 best = null;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (PlacedProbe probe : probes) {
      Vector3 nearest = nearestOnSegment(probe.tipMm(), probe.activeEndMm(), point);
      double distance = nearest.minus(point).length();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = nearest;
      }
    }
    return best;
  }

  static double distanceToActiveSegmentsMm(List<PlacedProbe> probes, Vector3 point) {
    return nearestActivePointMm(probes, point).minus(point).length();
  }

  /**
   * For a point within {@code searchMm} of a probe's wall (or inside it), a point just outside the
   * wall at the same place along the axis, away from the axis through the point (any side when the
   * point is on the axis): where a nerve inside the probe is taken to be.
   */
  static Optional<Vector3> wallPointNear(
      PlacedProbe probe, Vector3 point, double searchMm, double offsetMm) {
    Vector3 axis = probe.towardHandle();
    Vector3 offset = point.minus(probe.tipMm());
    double along = offset.dot(axis);
    if (along < 0) {
      return Optional.empty();
    }
    Vector3 radial = offset.minus(axis.times(along));
    double radius = probe.probe().radiusMm();
    if (radial.length() > radius + searchMm) {
      return Optional.empty();
    }
    Vector3 outward = radial.length() > 1e-9 ? radial.normalized() : perpendiculars(axis)[0];
    return Optional.of(probe.axisPointMm(along).plus(outward.times(radius + offsetMm)));
  }

  /** The plan's structures a catalog keep-clear entry names (by name, case aside). */
  static List<Integer> marked(Plan plan, KeepClear keepClear) {
    List<Integer> indices = new ArrayList<>();
    String wanted = keepClear.structure().strip().toLowerCase(Locale.ROOT);
    for (int s = 0; s < plan.structures().size(); s++) {
      var name = plan.structures().get(s).name();
      if (name.isPresent() && name.get().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
        indices.add(s);
      }
    }
    return indices;
  }

  /** The points that describe a structure (a vessel's or a landmark's polyline). */
  static List<Vector3> pointsOf(PlanStructure structure) {
    return switch (structure) {
      case PlanStructure.Vessel vessel -> vessel.pathMm();
      case PlanStructure.Landmark landmark -> landmark.pointsMm();
      case PlanStructure.Skin skin -> List.of(skin.pointMm());
      case PlanStructure.Bone bone -> List.of(bone.pointMm());
    };
  }

  /** A polyline with points added so that none lies further than {@code stepMm} from the next. */
  static List<Vector3> densified(List<Vector3> polyline, double stepMm) {
    List<Vector3> points = new ArrayList<>();
    points.add(polyline.getFirst());
    for (int i = 1; i < polyline.size(); i++) {
      Vector3 from = polyline.get(i - 1);
      Vector3 to = polyline.get(i);
      int pieces = Math.max(1, (int) Math.ceil(to.minus(from).length() / stepMm));
      for (int k = 1; k <= pieces; k++) {
        points.add(from.plus(to.minus(from).times((double) k / pieces)));
      }
    }
    return points;
  }
}
