package org.cryows.imaging.volume;

import java.util.stream.IntStream;

/**
 * Samples a {@link Volume} on any plane by trilinear interpolation. The plane is mapped once into
 * voxel index space, so each output pixel costs three additions, the bounds test and the blend of
 * eight voxels; nothing is allocated per pixel. Large planes are split by rows over the common
 * fork-join pool. Points outside the grid of voxel centres get the outside value.
 */
public final class Reslicer {

  /** Points this close (in voxels) outside the grid of voxel centres still count as inside. */
  static final double EDGE_TOLERANCE = 1e-6;

  private static final int ROWS_PER_TASK = 64;

  private final Volume volume;
  private final float outsideValue;

  /**
   * @param outsideValue the physical value given to points outside the volume (for CT, -1024 HU
   *     draws them as air)
   */
  public Reslicer(Volume volume, float outsideValue) {
    this.volume = volume;
    this.outsideValue = outsideValue;
  }

  public float outsideValue() {
    return outsideValue;
  }

  public ReslicedImage reslice(ReslicePlane plane) {
    float[] values = new float[plane.columns() * plane.rows()];
    resliceInto(plane, values);
    return new ReslicedImage(plane, values, volume.display(), volume.monochrome1());
  }

  /** Writes the plane's values into {@code into} (columns x rows, row by row): no allocation. */
  public void resliceInto(ReslicePlane plane, float[] into) {
    if (into.length != plane.columns() * plane.rows()) {
      throw new IllegalArgumentException(
          "the buffer holds "
              + into.length
              + " values, the plane "
              + plane.columns() * plane.rows());
    }
    PatientToImage toImage = volume.imageToPatient().inverse();
    Vector3 start = toImage.apply(plane.origin_Patient());
    Vector3 alongRow =
        toImage.applyToDirection(plane.rowDirection().times(plane.columnSpacingMm()));
    Vector3 downColumn =
        toImage.applyToDirection(plane.columnDirection().times(plane.rowSpacingMm()));
    int tasks = (plane.rows() + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
    if (tasks <= 1) {
      resliceRows(plane, start, alongRow, downColumn, 0, plane.rows(), into);
    } else {
      IntStream.range(0, tasks)
          .parallel()
          .forEach(
              t ->
                  resliceRows(
                      plane,
                      start,
                      alongRow,
                      downColumn,
                      t * ROWS_PER_TASK,
                      Math.min(plane.rows(), (t + 1) * ROWS_PER_TASK),
                      into));
    }
  }

  private void resliceRows(
      ReslicePlane plane,
      Vector3 start,
      Vector3 alongRow,
      Vector3 downColumn,
      int firstRow,
      int endRow,
      float[] into) {
    VoxelStore voxels = volume.voxels();
    int nx = volume.columns();
    int ny = volume.rows();
    int nz = volume.slices();
    short[][] slabs = new short[nz][];
    int[] bases = new int[nz];
    for (int k = 0; k < nz; k++) {
      slabs[k] = voxels.slab(k);
      bases[k] = voxels.base(k);
    }
    double slope = volume.rescaleSlope();
    double intercept = volume.internalIntercept();
    double e = EDGE_TOLERANCE;
    double highX = nx - 1 + e;
    double highY = ny - 1 + e;
    double highZ = nz - 1 + e;
    // The last cell is interpolated from its lower corner with a weight of up to 1, so the far
    // faces of the grid are inside; a dimension of one voxel has no upper neighbour.
    int lastX0 = Math.max(nx - 2, 0);
    int lastY0 = Math.max(ny - 2, 0);
    int lastZ0 = Math.max(nz - 2, 0);
    int stepX = nx > 1 ? 1 : 0;
    int stepY = ny > 1 ? nx : 0;
    int stepZ = nz > 1 ? 1 : 0;
    double dxc = alongRow.x();
    double dyc = alongRow.y();
    double dzc = alongRow.z();
    int columns = plane.columns();
    float outside = outsideValue;
    for (int r = firstRow; r < endRow; r++) {
      double x = start.x() + r * downColumn.x();
      double y = start.y() + r * downColumn.y();
      double z = start.z() + r * downColumn.z();
      // The run of columns inside the grid, found once per row so the loop needs no bounds test.
      double[] run = {0, columns - 1};
      clip(run, x, dxc, -e, highX);
      clip(run, y, dyc, -e, highY);
      clip(run, z, dzc, -e, highZ);
      int first = (int) Math.max(0, Math.ceil(run[0]));
      int end = (int) Math.min(columns, Math.floor(run[1]) + 1);
      int rowStart = r * columns;
      if (end <= first) {
        java.util.Arrays.fill(into, rowStart, rowStart + columns, outside);
        continue;
      }
      java.util.Arrays.fill(into, rowStart, rowStart + first, outside);
      java.util.Arrays.fill(into, rowStart + end, rowStart + columns, outside);
      for (int c = first; c < end; c++) {
        double xc = x + c * dxc;
        double yc = y + c * dyc;
        double zc = z + c * dzc;
        // Truncation floors these non-negative coordinates (rounding may leave -1e-6, giving 0).
        int x0 = Math.min((int) xc, lastX0);
        int y0 = Math.min((int) yc, lastY0);
        int z0 = Math.min((int) zc, lastZ0);
        double fx = xc - x0;
        double fy = yc - y0;
        double fz = zc - z0;
        short[] a = slabs[z0];
        short[] b = slabs[z0 + stepZ];
        int inSlice = y0 * nx + x0;
        int p = bases[z0] + inSlice;
        int q = p + stepY;
        int pb = bases[z0 + stepZ] + inSlice;
        int qb = pb + stepY;
        double a0 = a[p] + fx * (a[p + stepX] - a[p]);
        double a1 = a[q] + fx * (a[q + stepX] - a[q]);
        double b0 = b[pb] + fx * (b[pb + stepX] - b[pb]);
        double b1 = b[qb] + fx * (b[qb + stepX] - b[qb]);
        double av = a0 + fy * (a1 - a0);
        double bv = b0 + fy * (b1 - b0);
        into[rowStart + c] = (float) (slope * (av + fz * (bv - av)) + intercept);
      }
    }
  }

  /**
   * Narrows the column run [run[0], run[1]] to where {@code start + c * step} lies within [low,
   * high]; an empty run ends with run[0] > run[1].
   */
  private static void clip(double[] run, double start, double step, double low, double high) {
    if (step == 0) {
      if (start < low || start > high) {
        run[0] = 1;
        run[1] = 0;
      }
      return;
    }
    double a = (low - start) / step;
    double b = (high - start) / step;
    run[0] = Math.max(run[0], Math.min(a, b));
    run[1] = Math.min(run[1], Math.max(a, b));
  }
}
