package org.cryows.ui.plan.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.cartesian.IsothermSurface;

/**
 * Where an isotherm surface (a triangle mesh) cuts a plane: a segment for every triangle the plane
 * crosses, between the points where it crosses two of the triangle's edges (linear along each edge,
 * as the surface is). A plane view of a volume draws the isotherms this way at whatever plane it
 * shows; the model's field was contoured once into the surface, so a moved crosshair costs a cut,
 * not a prediction.
 */
public final class IsothermSections {

  private IsothermSections() {}

  /**
   * The surface's section by the plane through {@code origin} spanned by the unit directions {@code
   * right} and {@code down}, in the plane's coordinates (mm along right, mm along down).
   */
  static List<ContourUnion.Segment> cut(
      IsothermSurface surface, Vector3 origin, Vector3 right, Vector3 down) {
    Vector3 normal = right.cross(down);
    List<Vector3> vertices = surface.verticesMm();
    double[] depth = new double[vertices.size()];
    boolean above = false;
    boolean below = false;
    for (int i = 0; i < depth.length; i++) {
      double d = vertices.get(i).minus(origin).dot(normal);
      // A vertex exactly on the plane counts as above it: each crossing is then found once.
      depth[i] = d == 0 ? Double.MIN_VALUE : d;
      above |= depth[i] > 0;
      below |= depth[i] < 0;
    }
    List<ContourUnion.Segment> segments = new ArrayList<>();
    if (!above || !below) {
      return segments;
    }
    for (IsothermSurface.Triangle t : surface.triangles()) {
      int[] v = {t.a(), t.b(), t.c()};
      Vector3 first = null;
      Vector3 second = null;
      for (int e = 0; e < 3; e++) {
        int a = v[e];
        int b = v[(e + 1) % 3];
        if ((depth[a] > 0) != (depth[b] > 0)) {
          double f = depth[a] / (depth[a] - depth[b]);
          Vector3 p = vertices.get(a).plus(vertices.get(b).minus(vertices.get(a)).times(f));
          if (first == null) {
            first = p;
          } else {
            second = p;
          }
        }
      }
      if (second != null) {
        Vector3 p = first.minus(origin);
        Vector3 q = second.minus(origin);
        segments.add(
            new ContourUnion.Segment(p.dot(right), p.dot(down), q.dot(right), q.dot(down)));
      }
    }
    return segments;
  }
}
