package org.cryows.imaging.volume;

/**
 * Regularises slices that are unevenly spaced or sheared (gantry tilt) onto the uniform grid of
 * their {@link SeriesGeometry}: each grid slice is the linear blend of the two acquired slices
 * around it along the normal, each sampled bilinearly at the in-plane point under the grid voxel.
 * Values are rounded back to 16 bits; grid voxels that fall outside an acquired slice get the
 * lowest value of the series (air for CT, no signal for MR).
 */
final class SliceResampler {

  private static final double T_EPSILON = 1e-9;

  private SliceResampler() {}

  static VoxelStore resample(VoxelStore acquired, SeriesGeometry geometry) {
    int columns = geometry.columns();
    int rows = geometry.rows();
    ImageToPatient grid = geometry.imageToPatient();
    Vector3 origin = grid.origin_Patient();
    SliceGeometry reference = geometry.sortedSlices().get(0);
    Vector3 normal = reference.normal();
    int count = acquired.slices();
    double[] along = new double[count];
    double[] shiftColumns = new double[count];
    double[] shiftRows = new double[count];
    for (int n = 0; n < count; n++) {
      Vector3 offset =
          origin.minus(geometry.sortedSlices().get(n).position_Patient().orElseThrow());
      along[n] = -offset.dot(normal);
      shiftColumns[n] = offset.dot(reference.rowDirection()) / reference.columnSpacingMm();
      shiftRows[n] = offset.dot(reference.columnDirection()) / reference.rowSpacingMm();
    }
    short padding = Short.MAX_VALUE;
    for (int k = 0; k < count; k++) {
      for (int p = 0; p < acquired.sliceSize(); p++) {
        padding = (short) Math.min(padding, acquired.get(k, p));
      }
    }
    VoxelStore result = new VoxelStore(columns, rows, geometry.slices());
    int below = 0;
    for (int k = 0; k < result.slices(); k++) {
      double d = k * geometry.sliceSpacingMm();
      while (below + 2 < count && along[below + 1] <= d) {
        below++;
      }
      int above = Math.min(below + 1, count - 1);
      double span = along[above] - along[below];
      double t = span > 0 ? Math.clamp((d - along[below]) / span, 0, 1) : 0;
      for (int j = 0; j < rows; j++) {
        for (int i = 0; i < columns; i++) {
          // On an acquired slice (t = 0 or 1) only that slice is needed; between two, both.
          double a =
              t < 1 - T_EPSILON
                  ? sample(
                      acquired, below, columns, rows, i + shiftColumns[below], j + shiftRows[below])
                  : 0;
          double b =
              t > T_EPSILON
                  ? sample(
                      acquired, above, columns, rows, i + shiftColumns[above], j + shiftRows[above])
                  : 0;
          double v = a + t * (b - a); // NaN when a slice needed does not cover the point
          result.set(k, j * columns + i, Double.isNaN(v) ? padding : (short) Math.round(v));
        }
      }
    }
    return result;
  }

  /** Bilinear value at fractional (column x, row y), NaN outside the slice. */
  private static double sample(VoxelStore store, int k, int columns, int rows, double x, double y) {
    short[] slice = store.slab(k);
    int base = store.base(k);
    double e = Reslicer.EDGE_TOLERANCE;
    if (!(x >= -e && x <= columns - 1 + e && y >= -e && y <= rows - 1 + e)) {
      return Double.NaN;
    }
    int x0 = Math.min((int) Math.max(x, 0), Math.max(columns - 2, 0));
    int y0 = Math.min((int) Math.max(y, 0), Math.max(rows - 2, 0));
    int x1 = Math.min(x0 + 1, columns - 1);
    int y1 = Math.min(y0 + 1, rows - 1);
    double fx = x - x0;
    double fy = y - y0;
    double top =
        slice[base + y0 * columns + x0]
            + fx * (slice[base + y0 * columns + x1] - slice[base + y0 * columns + x0]);
    double bottom =
        slice[base + y1 * columns + x0]
            + fx * (slice[base + y1 * columns + x1] - slice[base + y1 * columns + x0]);
    return top + fy * (bottom - top);
  }
}
