package org.cryows.imaging.volume;

import java.util.Objects;

/**
 * A plane of output pixels in the patient (LPS, mm): the centre of its first pixel, the unit
 * direction along a row (column index grows) and down a column (row index grows), its size and
 * pixel spacing. Axial, coronal and sagittal planes are the usual radiological views; any other
 * orthonormal pair of directions gives an oblique plane.
 */
public record ReslicePlane(
    Vector3 origin_Patient,
    Vector3 rowDirection,
    Vector3 columnDirection,
    int columns,
    int rows,
    double columnSpacingMm,
    double rowSpacingMm) {

  private static final Vector3 LEFT = new Vector3(1, 0, 0);
  private static final Vector3 POSTERIOR = new Vector3(0, 1, 0);
  private static final Vector3 INFERIOR = new Vector3(0, 0, -1);

  public ReslicePlane {
    Objects.requireNonNull(origin_Patient);
    if (Math.abs(rowDirection.length() - 1) > 1e-6
        || Math.abs(columnDirection.length() - 1) > 1e-6) {
      throw new IllegalArgumentException(
          "plane directions are unit vectors: " + rowDirection + ", " + columnDirection);
    }
    if (Math.abs(rowDirection.dot(columnDirection)) > 1e-6) {
      throw new IllegalArgumentException(
          "plane directions are orthogonal: " + rowDirection + ", " + columnDirection);
    }
    if (columns <= 0 || rows <= 0) {
      throw new IllegalArgumentException("a plane has positive size: " + columns + " x " + rows);
    }
    if (!(columnSpacingMm > 0) || !(rowSpacingMm > 0)) {
      throw new IllegalArgumentException("a plane has positive pixel spacing");
    }
  }

  /**
   * A square-pixel plane of {@code columns} x {@code rows} pixels centred on {@code
   * center_Patient}.
   */
  public static ReslicePlane centredOn(
      Vector3 center_Patient,
      Vector3 rowDirection,
      Vector3 columnDirection,
      int columns,
      int rows,
      double spacingMm) {
    Vector3 origin =
        center_Patient
            .minus(rowDirection.times(spacingMm * (columns - 1) / 2.0))
            .minus(columnDirection.times(spacingMm * (rows - 1) / 2.0));
    return new ReslicePlane(
        origin, rowDirection, columnDirection, columns, rows, spacingMm, spacingMm);
  }

  /**
   * The axial plane at height {@code zMm} (LPS z) over the volume's extent; patient left to the
   * right of the image.
   */
  public static ReslicePlane axial(Volume volume, double zMm) {
    Box box = Box.of(volume);
    return covering(
        box,
        new Vector3(box.minX, box.minY, zMm),
        LEFT,
        POSTERIOR,
        box.maxX - box.minX,
        box.maxY - box.minY,
        box.spacing);
  }

  /** The coronal plane at {@code yMm} (LPS y), head up. */
  public static ReslicePlane coronal(Volume volume, double yMm) {
    Box box = Box.of(volume);
    return covering(
        box,
        new Vector3(box.minX, yMm, box.maxZ),
        LEFT,
        INFERIOR,
        box.maxX - box.minX,
        box.maxZ - box.minZ,
        box.spacing);
  }

  /** The sagittal plane at {@code xMm} (LPS x), anterior to the left, head up. */
  public static ReslicePlane sagittal(Volume volume, double xMm) {
    Box box = Box.of(volume);
    return covering(
        box,
        new Vector3(xMm, box.minY, box.maxZ),
        POSTERIOR,
        INFERIOR,
        box.maxY - box.minY,
        box.maxZ - box.minZ,
        box.spacing);
  }

  /** The patient point of output pixel (column c, row r). */
  public Vector3 point_Patient(double c, double r) {
    return origin_Patient
        .plus(rowDirection.times(c * columnSpacingMm))
        .plus(columnDirection.times(r * rowSpacingMm));
  }

  private static ReslicePlane covering(
      Box box,
      Vector3 origin,
      Vector3 row,
      Vector3 column,
      double width,
      double height,
      double spacing) {
    int columns = (int) Math.floor(width / spacing + 1e-6) + 1;
    int rows = (int) Math.floor(height / spacing + 1e-6) + 1;
    return new ReslicePlane(origin, row, column, columns, rows, spacing, spacing);
  }

  /** The patient bounding box of the voxel centres, and the finest in-plane spacing. */
  private record Box(
      double minX,
      double maxX,
      double minY,
      double maxY,
      double minZ,
      double maxZ,
      double spacing) {
    static Box of(Volume volume) {
      ImageToPatient t = volume.imageToPatient();
      double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      for (int corner = 0; corner < 8; corner++) {
        Vector3 p =
            t.apply(
                (corner & 1) == 0 ? 0 : volume.columns() - 1,
                (corner & 2) == 0 ? 0 : volume.rows() - 1,
                (corner & 4) == 0 ? 0 : volume.slices() - 1);
        double[] xyz = {p.x(), p.y(), p.z()};
        for (int a = 0; a < 3; a++) {
          min[a] = Math.min(min[a], xyz[a]);
          max[a] = Math.max(max[a], xyz[a]);
        }
      }
      double spacing = Math.min(t.columnStep().length(), t.rowStep().length());
      return new Box(min[0], max[0], min[1], max[1], min[2], max[2], spacing);
    }
  }
}
