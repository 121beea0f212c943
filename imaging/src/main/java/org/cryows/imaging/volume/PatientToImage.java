package org.cryows.imaging.volume;

/**
 * Patient coordinates (LPS, mm) to fractional voxel indices (column i, row j, slice k): the inverse
 * of {@link ImageToPatient}. Immutable.
 */
public final class PatientToImage {

  private final AffineMatrix matrix;

  PatientToImage(AffineMatrix matrix) {
    this.matrix = matrix;
  }

  /** The fractional voxel index (i, j, k) of a patient point, as a vector (x = i, y = j, z = k). */
  public Vector3 apply(Vector3 point_Patient) {
    return matrix.apply(point_Patient.x(), point_Patient.y(), point_Patient.z());
  }

  /** How a step in patient space (mm) moves the voxel index. */
  public Vector3 applyToDirection(Vector3 step_Patient) {
    return matrix.applyToDirection(step_Patient);
  }

  public ImageToPatient inverse() {
    return new ImageToPatient(matrix.inverse());
  }

  /** Element (row, column) of the 4x4 matrix. */
  public double get(int row, int column) {
    return row == 3 ? (column == 3 ? 1 : 0) : matrix.get(row, column);
  }

  public double[][] toMatrix() {
    return matrix.toMatrix4x4();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PatientToImage t && matrix.equals(t.matrix);
  }

  @Override
  public int hashCode() {
    return matrix.hashCode();
  }

  @Override
  public String toString() {
    return "PatientToImage" + matrix;
  }
}
