package org.cryows.planner.thermal.cartesian;

import java.util.List;
import org.cryows.imaging.volume.Vector3;

/**
 * An isotherm surface as a triangle mesh: shared vertices (mm) and triangles indexing them, wound
 * so that their normals point from the cold side to the warm side. Where the ice reaches a domain
 * face the surface stays open there. Immutable.
 */
public record IsothermSurface(
    double isothermC, List<Vector3> verticesMm, List<Triangle> triangles) {

  /** Three vertex indices, counter-clockwise seen from the warm side. */
  public record Triangle(int a, int b, int c) {
    public Triangle {
      if (a < 0 || b < 0 || c < 0) {
        throw new IllegalArgumentException("vertex indices must not be negative");
      }
    }
  }

  public IsothermSurface {
    verticesMm = List.copyOf(verticesMm);
    triangles = List.copyOf(triangles);
    for (Triangle triangle : triangles) {
      int count = verticesMm.size();
      if (triangle.a() >= count || triangle.b() >= count || triangle.c() >= count) {
        throw new IllegalArgumentException("triangle " + triangle + " names a missing vertex");
      }
    }
  }

  public boolean isEmpty() {
    return triangles.isEmpty();
  }

  public double areaMm2() {
    double area = 0;
    for (Triangle t : triangles) {
      area += 0.5 * edgeCross(t).length();
    }
    return area;
  }

  /**
   * The volume enclosed, by the divergence theorem; meaningful for a closed surface (ice that does
   * not reach the domain faces).
   */
  public double enclosedVolumeMm3() {
    double volume = 0;
    for (Triangle t : triangles) {
      volume += verticesMm.get(t.a()).dot(edgeCross(t)) / 6;
    }
    return volume;
  }

  private Vector3 edgeCross(Triangle t) {
    Vector3 a = verticesMm.get(t.a());
    return verticesMm.get(t.b()).minus(a).cross(verticesMm.get(t.c()).minus(a));
  }
}
