package org.cryows.planner.thermal.cartesian;

import java.util.List;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * Where an isotherm cuts a section plane: line segments in the plane's (u, v) coordinates, mm.
 * Immutable.
 */
public record IsothermContour(double isothermC, SectionPlane plane, List<Segment> segments) {

  /** One piece of the contour, from (u0, v0) to (u1, v1). */
  public record Segment(double u0Mm, double v0Mm, double u1Mm, double v1Mm) {
    public double lengthMm() {
      return Math.hypot(u1Mm - u0Mm, v1Mm - v0Mm);
    }
  }

  public IsothermContour {
    Objects.requireNonNull(plane, "plane");
    segments = List.copyOf(segments);
  }

  /**
   * Where an isotherm cuts a plane, for any field the caller can sample at a point (marching
   * squares on the plane's lattice).
   */
  public static IsothermContour onPlane(
      SectionPlane plane, double isothermC, java.util.function.ToDoubleFunction<Vector3> field) {
    return MarchingSquares.contour(field, plane, isothermC);
  }

  /** Several isotherms on a plane from one sampling of the field. */
  public static List<IsothermContour> onPlane(
      SectionPlane plane,
      List<Double> isothermsC,
      java.util.function.ToDoubleFunction<Vector3> field) {
    return MarchingSquares.contours(field, plane, isothermsC);
  }

  public double totalLengthMm() {
    return segments.stream().mapToDouble(Segment::lengthMm).sum();
  }
}
