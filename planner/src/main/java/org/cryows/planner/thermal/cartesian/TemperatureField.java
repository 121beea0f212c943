package org.cryows.planner.thermal.cartesian;

import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * The temperature of every cell at one moment, on the run's grid. Vessel cells hold their blood
 * temperature, a probe's cells its wall's. Values between cell centres are interpolated
 * trilinearly; beyond the outermost centres the outermost value holds. Immutable.
 */
public final class TemperatureField {

  private final double timeSec;
  private final CartesianGrid grid;
  private final double[] temperaturesC;

  /** Takes a copy of the values, indexed (k * ny + j) * nx + i. */
  TemperatureField(double timeSec, CartesianGrid grid, double[] temperaturesC) {
    this.timeSec = timeSec;
    this.grid = Objects.requireNonNull(grid, "grid");
    if (temperaturesC.length != grid.cellCount()) {
      throw new IllegalArgumentException("one temperature per cell expected");
    }
    this.temperaturesC = temperaturesC.clone();
  }

  public double timeSec() {
    return timeSec;
  }

  public CartesianGrid grid() {
    return grid;
  }

  public double temperatureC(int i, int j, int k) {
    return temperaturesC[(k * grid.cells(1) + j) * grid.cells(0) + i];
  }

  /** The coldest cell of the field. */
  public double minimumC() {
    double min = Double.POSITIVE_INFINITY;
    for (double t : temperaturesC) {
      min = Math.min(min, t);
    }
    return min;
  }

  /** Trilinear interpolation between the eight cell centres around the point. */
  public double temperatureAtMm(Vector3 point) {
    return temperatureAtMm(point.x(), point.y(), point.z());
  }

  public double temperatureAtMm(double xMm, double yMm, double zMm) {
    int nx = grid.cells(0);
    int ny = grid.cells(1);
    int i0 = grid.centreBelow(0, xMm);
    int j0 = grid.centreBelow(1, yMm);
    int k0 = grid.centreBelow(2, zMm);
    double wx = weightAbove(0, i0, xMm);
    double wy = weightAbove(1, j0, yMm);
    double wz = weightAbove(2, k0, zMm);
    int ia = Math.max(i0, 0);
    int ib = Math.min(i0 + 1, nx - 1);
    int ja = Math.max(j0, 0);
    int jb = Math.min(j0 + 1, ny - 1);
    int ka = Math.max(k0, 0);
    int kb = Math.min(k0 + 1, grid.cells(2) - 1);
    double c00 = lerp(value(ia, ja, ka), value(ib, ja, ka), wx);
    double c10 = lerp(value(ia, jb, ka), value(ib, jb, ka), wx);
    double c01 = lerp(value(ia, ja, kb), value(ib, ja, kb), wx);
    double c11 = lerp(value(ia, jb, kb), value(ib, jb, kb), wx);
    return lerp(lerp(c00, c10, wy), lerp(c01, c11, wy), wz);
  }

  /** The closed isotherm surface (or the part of it inside the domain), as a triangle mesh. */
  public IsothermSurface isothermSurface(double isothermC) {
    return MarchingTetrahedra.surface(this, isothermC);
  }

  /** Where each isotherm cuts a plane, from one sampling of the field on it. */
  public java.util.List<IsothermContour> contours(
      SectionPlane plane, java.util.List<Double> isothermsC) {
    return MarchingSquares.contours(this::temperatureAtMm, plane, isothermsC);
  }

  /** Where the isotherm cuts a plane, as line segments in the plane's coordinates. */
  public IsothermContour contour(SectionPlane plane, double isothermC) {
    return MarchingSquares.contour(this, plane, isothermC);
  }

  private double value(int i, int j, int k) {
    return temperaturesC[(k * grid.cells(1) + j) * grid.cells(0) + i];
  }

  /** Weight of the upper centre along an axis; 0 or 1 beyond the outermost centres. */
  private double weightAbove(int axis, int below, double coordinateMm) {
    if (below < 0) {
      return 1;
    }
    if (below >= grid.cells(axis) - 1) {
      return 0;
    }
    double a = grid.centreMm(axis, below);
    double b = grid.centreMm(axis, below + 1);
    return Math.clamp((coordinateMm - a) / (b - a), 0.0, 1.0);
  }

  private static double lerp(double a, double b, double weight) {
    return a + weight * (b - a);
  }
}
