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
    return new ReslicedImage(plane, values);
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
    short[][] voxels = volume.voxels();
    int nx = volume.columns();
    int ny = volume.rows();
    int nz = volume.slices();
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
      int out = r * columns;
      for (int c = 0; c < columns; c++, out++, x += dxc, y += dyc, z += dzc) {
        if (!(x >= -e && x <= highX && y >= -e && y <= highY && z >= -e && z <= highZ)) {
          into[out] = outside;
          continue;
        }
        int x0 = Math.min((int) x, lastX0);
        int y0 = Math.min((int) y, lastY0);
        int z0 = Math.min((int) z, lastZ0);
        double fx = x - x0;
        double fy = y - y0;
        double fz = z - z0;
        short[] a = voxels[z0];
        short[] b = voxels[z0 + stepZ];
        int p = y0 * nx + x0;
        int q = p + stepY;
        double a0 = a[p] + fx * (a[p + stepX] - a[p]);
        double a1 = a[q] + fx * (a[q + stepX] - a[q]);
        double b0 = b[p] + fx * (b[p + stepX] - b[p]);
        double b1 = b[q] + fx * (b[q + stepX] - b[q]);
        double av = a0 + fy * (a1 - a0);
        double bv = b0 + fy * (b1 - b0);
        into[out] = (float) (slope * (av + fz * (bv - av)) + intercept);
      }
    }
  }
}
