package org.cryows.planner.thermal.cartesian;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cryows.imaging.volume.Vector3;

/**
 * Extracts an isotherm surface from the cell-centre lattice. Each box between eight neighbouring
 * centres is cut into six tetrahedra around its main diagonal (the same cut in every box, so the
 * faces of neighbouring boxes match and the mesh has no cracks); in a tetrahedron the isotherm is
 * one triangle (one corner on the other side) or two (two on each side), with vertices placed by
 * linear interpolation on the edges. Vertices on a shared edge are shared.
 */
final class MarchingTetrahedra {

  /** Box corners by bits (x = 1, y = 2, z = 4); six tetrahedra along the diagonal 0-7. */
  private static final int[][] TETRAHEDRA = {
    {0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7}
  };

  private MarchingTetrahedra() {}

  static IsothermSurface surface(TemperatureField field, double isothermC) {
    CartesianGrid grid = field.grid();
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    int nz = grid.cells(2);
    List<Vector3> vertices = new ArrayList<>();
    List<IsothermSurface.Triangle> triangles = new ArrayList<>();
    Map<Long, Integer> vertexOnEdge = new HashMap<>();
    int[] corner = new int[8];
    double[] value = new double[8];
    for (int k = 0; k + 1 < nz; k++) {
      for (int j = 0; j + 1 < ny; j++) {
        for (int i = 0; i + 1 < nx; i++) {
          boolean anyCold = false;
          boolean anyWarm = false;
          for (int b = 0; b < 8; b++) {
            int ci = i + (b & 1);
            int cj = j + ((b >> 1) & 1);
            int ck = k + ((b >> 2) & 1);
            corner[b] = (ck * ny + cj) * nx + ci;
            value[b] = field.temperatureC(ci, cj, ck);
            boolean cold = value[b] <= isothermC;
            anyCold |= cold;
            anyWarm |= !cold;
          }
          if (!anyCold || !anyWarm) {
            continue;
          }
          for (int[] tet : TETRAHEDRA) {
            polygonise(field, isothermC, tet, corner, value, vertices, triangles, vertexOnEdge);
          }
        }
      }
    }
    return new IsothermSurface(isothermC, vertices, triangles);
  }

  private static void polygonise(
      TemperatureField field,
      double isothermC,
      int[] tet,
      int[] corner,
      double[] value,
      List<Vector3> vertices,
      List<IsothermSurface.Triangle> triangles,
      Map<Long, Integer> vertexOnEdge) {
    int[] cold = new int[4];
    int[] warm = new int[4];
    int colds = 0;
    int warms = 0;
    for (int v : tet) {
      if (value[v] <= isothermC) {
        cold[colds++] = v;
      } else {
        warm[warms++] = v;
      }
    }
    if (colds == 0 || warms == 0) {
      return;
    }
    Vector3 coldCentre = centroid(field, corner, cold, colds);
    Vector3 warmCentre = centroid(field, corner, warm, warms);
    Vector3 outward = warmCentre.minus(coldCentre);
    if (colds == 1 || warms == 1) {
      int apex = colds == 1 ? cold[0] : warm[0];
      int[] others = colds == 1 ? warm : cold;
      int a = edgeVertex(field, isothermC, corner, value, apex, others[0], vertices, vertexOnEdge);
      int b = edgeVertex(field, isothermC, corner, value, apex, others[1], vertices, vertexOnEdge);
      int c = edgeVertex(field, isothermC, corner, value, apex, others[2], vertices, vertexOnEdge);
      addOriented(vertices, triangles, a, b, c, outward);
      return;
    }
    int a = edgeVertex(field, isothermC, corner, value, cold[0], warm[0], vertices, vertexOnEdge);
    int b = edgeVertex(field, isothermC, corner, value, cold[0], warm[1], vertices, vertexOnEdge);
    int c = edgeVertex(field, isothermC, corner, value, cold[1], warm[1], vertices, vertexOnEdge);
    int d = edgeVertex(field, isothermC, corner, value, cold[1], warm[0], vertices, vertexOnEdge);
    // a-b-c-d goes round the quadrilateral: consecutive vertices share a cold or a warm corner.
    addOriented(vertices, triangles, a, b, c, outward);
    addOriented(vertices, triangles, a, c, d, outward);
  }

  private static void addOriented(
      List<Vector3> vertices,
      List<IsothermSurface.Triangle> triangles,
      int a,
      int b,
      int c,
      Vector3 outward) {
    if (a == b || b == c || a == c) {
      return;
    }
    Vector3 pa = vertices.get(a);
    Vector3 normal = vertices.get(b).minus(pa).cross(vertices.get(c).minus(pa));
    triangles.add(
        normal.dot(outward) >= 0
            ? new IsothermSurface.Triangle(a, b, c)
            : new IsothermSurface.Triangle(a, c, b));
  }

  private static int edgeVertex(
      TemperatureField field,
      double isothermC,
      int[] corner,
      double[] value,
      int from,
      int to,
      List<Vector3> vertices,
      Map<Long, Integer> vertexOnEdge) {
    int p = corner[from];
    int q = corner[to];
    long key = p < q ? ((long) p << 32) | q : ((long) q << 32) | p;
    Integer known = vertexOnEdge.get(key);
    if (known != null) {
      return known;
    }
    double share = (isothermC - value[from]) / (value[to] - value[from]);
    Vector3 a = centre(field, p);
    Vector3 b = centre(field, q);
    Vector3 vertex = a.plus(b.minus(a).times(Math.clamp(share, 0.0, 1.0)));
    vertices.add(vertex);
    vertexOnEdge.put(key, vertices.size() - 1);
    return vertices.size() - 1;
  }

  private static Vector3 centroid(TemperatureField field, int[] corner, int[] picks, int count) {
    Vector3 sum = new Vector3(0, 0, 0);
    for (int n = 0; n < count; n++) {
      sum = sum.plus(centre(field, corner[picks[n]]));
    }
    return sum.times(1.0 / count);
  }

  private static Vector3 centre(TemperatureField field, int plainIndex) {
    CartesianGrid grid = field.grid();
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    int i = plainIndex % nx;
    int j = (plainIndex / nx) % ny;
    int k = plainIndex / (nx * ny);
    return grid.cellCentreMm(i, j, k);
  }
}
