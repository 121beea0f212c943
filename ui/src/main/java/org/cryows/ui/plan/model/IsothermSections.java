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
    int n = vertices.size();
    // Each vertex's depth and place in the plane, in plain arrays: a cut runs on every redraw of a
    // view whose plane or answer changed, over tens of thousands of vertices.
    double[] depth = new double[n];
    double[] u = new double[n];
    double[] v = new double[n];
    double offset = origin.dot(normal);
    double ur = origin.dot(right);
    double vd = origin.dot(down);
    boolean above = false;
    boolean below = false;
    for (int i = 0; i < n; i++) {
      Vector3 p = vertices.get(i);
      double d = p.x() * normal.x() + p.y() * normal.y() + p.z() * normal.z() - offset;
      // A vertex exactly on the plane counts as above it: each crossing is then found once.
      depth[i] = d == 0 ? Double.MIN_VALUE : d;
      above |= depth[i] > 0;
      below |= depth[i] < 0;
      u[i] = p.x() * right.x() + p.y() * right.y() + p.z() * right.z() - ur;
      v[i] = p.x() * down.x() + p.y() * down.y() + p.z() * down.z() - vd;
    }
    List<ContourUnion.Segment> segments = new ArrayList<>();
    if (!above || !below) {
      return segments;
    }
    double[] cross = new double[4];
    for (IsothermSurface.Triangle t : surface.triangles()) {
      int a = t.a();
      int b = t.b();
      int c = t.c();
      boolean pa = depth[a] > 0;
      boolean pb = depth[b] > 0;
      boolean pc = depth[c] > 0;
      if (pa == pb && pb == pc) {
        continue;
      }
      int found = 0;
      found = edge(a, b, pa != pb, depth, u, v, cross, found);
      found = edge(b, c, pb != pc, depth, u, v, cross, found);
      found = edge(c, a, pc != pa, depth, u, v, cross, found);
      if (found == 2) {
        segments.add(new ContourUnion.Segment(cross[0], cross[1], cross[2], cross[3]));
      }
    }
    return segments;
  }

  /** Where the plane crosses the edge from vertex i to j, if it does, stored as crossing found. */
  private static int edge(
      int i,
      int j,
      boolean crosses,
      double[] depth,
      double[] u,
      double[] v,
      double[] cross,
      int found) {
    if (!crosses || found >= 2) {
      return found;
    }
    double f = depth[i] / (depth[i] - depth[j]);
    cross[2 * found] = u[i] + (u[j] - u[i]) * f;
    cross[2 * found + 1] = v[i] + (v[j] - v[i]) * f;
    return found + 1;
  }
}
