package org.cryows.planner.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;

/**
 * Something the plan marks near its targets, in the plan's frame. Planes are the minimum a plan
 * needs; surfaces from image marks and CT label volumes will come through the same list.
 */
public sealed interface PlanStructure {

  /** The name in PLAN.json's {@code "kind"}. */
  String kind();

  /** The name a catalog's keep-clear entry can refer to, if the structure has one. */
  default Optional<String> name() {
    return Optional.empty();
  }

  /**
   * The skin as a plane: a point on it and a normal pointing out of the body. The normal is kept as
   * given (not normalised), so the plan reads back exactly as written.
   */
  record Skin(Vector3 pointMm, Vector3 normal) implements PlanStructure {
    public Skin {
      Objects.requireNonNull(pointMm, "pointMm");
      requireDirection(normal);
    }

    @Override
    public String kind() {
      return "skin";
    }

    /** Signed distance of a point above the skin, positive outside the body, mm. */
    public double heightAboveMm(Vector3 point) {
      return point.minus(pointMm).dot(normal.normalized());
    }
  }

  /**
   * A vessel: its centre line as a polyline with one diameter.
   *
   * @param name what the radiologist calls it (a catalog's keep-clear entry matches it by name)
   */
  record Vessel(String vesselName, List<Vector3> pathMm, double diameterMm)
      implements PlanStructure {
    public Vessel {
      Objects.requireNonNull(vesselName, "name");
      pathMm = List.copyOf(pathMm);
      if (pathMm.size() < 2) {
        throw new IllegalArgumentException("a vessel's path needs at least two points");
      }
      for (int i = 1; i < pathMm.size(); i++) {
        if (!(pathMm.get(i).minus(pathMm.get(i - 1)).length() > 0)) {
          throw new IllegalArgumentException("the vessel's path repeats point " + i);
        }
      }
      if (!(diameterMm > 0) || !Double.isFinite(diameterMm)) {
        throw new IllegalArgumentException("a vessel's diameter must be positive mm");
      }
    }

    @Override
    public String kind() {
      return "vessel";
    }

    @Override
    public Optional<String> name() {
      return Optional.of(vesselName);
    }
  }

  /** Bone as a plane: a point on its surface and a normal pointing out of the bone. */
  record Bone(Vector3 pointMm, Vector3 normal) implements PlanStructure {
    public Bone {
      Objects.requireNonNull(pointMm, "pointMm");
      requireDirection(normal);
    }

    @Override
    public String kind() {
      return "bone";
    }

    /** Signed distance of a point above the bone's surface, negative inside the bone, mm. */
    public double heightAboveMm(Vector3 point) {
      return point.minus(pointMm).dot(normal.normalized());
    }
  }

  /**
   * A marked structure with no thermal effect of its own, for the keep-clear checks: a point or a
   * polyline (the sympathetic chain, the spinal canal's edge).
   */
  record Landmark(String landmarkName, List<Vector3> pointsMm) implements PlanStructure {
    public Landmark {
      Objects.requireNonNull(landmarkName, "name");
      if (landmarkName.isBlank()) {
        throw new IllegalArgumentException("a landmark needs a name");
      }
      pointsMm = List.copyOf(pointsMm);
      if (pointsMm.isEmpty()) {
        throw new IllegalArgumentException("a landmark needs at least one point");
      }
    }

    @Override
    public String kind() {
      return "landmark";
    }

    @Override
    public Optional<String> name() {
      return Optional.of(landmarkName);
    }
  }

  private static void requireDirection(Vector3 normal) {
    Objects.requireNonNull(normal, "normal");
    if (!(normal.length() > 0)) {
      throw new IllegalArgumentException("a plane's normal must not be the zero vector");
    }
  }
}
