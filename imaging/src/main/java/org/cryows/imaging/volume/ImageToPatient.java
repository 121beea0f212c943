package org.cryows.imaging.volume;

/**
 * Voxel indices to patient coordinates: column index i, row index j and slice index k (all from 0,
 * at voxel centres) to a point in the patient coordinate system (LPS, mm), as the 4x4 affine matrix
 * of DICOM PS3.3 C.7.6.2.1.1 extended by the slice step. Immutable.
 */
public final class ImageToPatient {

  private final AffineMatrix matrix;

  ImageToPatient(AffineMatrix matrix) {
    this.matrix = matrix;
  }

  /**
   * The transform whose i, j and k steps are the given vectors (mm in patient space) and whose
   * voxel (0, 0, 0) lies at {@code origin_Patient}.
   */
  public static ImageToPatient of(
      Vector3 columnStep, Vector3 rowStep, Vector3 sliceStep, Vector3 origin_Patient) {
    AffineMatrix m = AffineMatrix.fromColumns(columnStep, rowStep, sliceStep, origin_Patient);
    m.inverse(); // refuses a singular grid here rather than at the first reslice
    return new ImageToPatient(m);
  }

  /** The patient point (LPS, mm) of the fractional voxel index (i, j, k). */
  public Vector3 apply(double i, double j, double k) {
    return matrix.apply(i, j, k);
  }

  public PatientToImage inverse() {
    return new PatientToImage(matrix.inverse());
  }

  /** The patient position of voxel (0, 0, 0). */
  public Vector3 origin_Patient() {
    return matrix.column(3);
  }

  /** The step in patient space from column i to i + 1 (along a row). */
  public Vector3 columnStep() {
    return matrix.column(0);
  }

  /** The step in patient space from row j to j + 1 (down a column). */
  public Vector3 rowStep() {
    return matrix.column(1);
  }

  /** The step in patient space from slice k to k + 1. */
  public Vector3 sliceStep() {
    return matrix.column(2);
  }

  /** Element (row, column) of the 4x4 matrix. */
  public double get(int row, int column) {
    return row == 3 ? (column == 3 ? 1 : 0) : matrix.get(row, column);
  }

  /** The 4x4 matrix, a copy. */
  public double[][] toMatrix() {
    return matrix.toMatrix4x4();
  }

  AffineMatrix matrix() {
    return matrix;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageToPatient t && matrix.equals(t.matrix);
  }

  @Override
  public int hashCode() {
    return matrix.hashCode();
  }

  @Override
  public String toString() {
    return "ImageToPatient" + matrix;
  }
}
