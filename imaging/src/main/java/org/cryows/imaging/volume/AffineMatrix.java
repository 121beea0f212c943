package org.cryows.imaging.volume;

import java.util.Arrays;

/**
 * A 3-D affine map as the top three rows of a 4x4 matrix (the bottom row is 0 0 0 1). Immutable;
 * shared by the named transforms of this package.
 */
final class AffineMatrix {

  private final double[] m; // row-major 3 x 4

  AffineMatrix(double[] rowMajor3x4) {
    if (rowMajor3x4.length != 12) {
      throw new IllegalArgumentException("an affine map has 12 coefficients");
    }
    for (double v : rowMajor3x4) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("an affine map has finite coefficients");
      }
    }
    this.m = rowMajor3x4.clone();
  }

  /** The map sending the unit steps of i, j, k to the given columns, and 0 to {@code origin}. */
  static AffineMatrix fromColumns(Vector3 iStep, Vector3 jStep, Vector3 kStep, Vector3 origin) {
    return new AffineMatrix(
        new double[] {
          iStep.x(), jStep.x(), kStep.x(), origin.x(),
          iStep.y(), jStep.y(), kStep.y(), origin.y(),
          iStep.z(), jStep.z(), kStep.z(), origin.z()
        });
  }

  double get(int row, int column) {
    return m[row * 4 + column];
  }

  Vector3 column(int c) {
    return new Vector3(m[c], m[4 + c], m[8 + c]);
  }

  Vector3 apply(double a, double b, double c) {
    return new Vector3(
        m[0] * a + m[1] * b + m[2] * c + m[3],
        m[4] * a + m[5] * b + m[6] * c + m[7],
        m[8] * a + m[9] * b + m[10] * c + m[11]);
  }

  /** The linear part only: for directions, which do not move with the origin. */
  Vector3 applyToDirection(Vector3 d) {
    return new Vector3(
        m[0] * d.x() + m[1] * d.y() + m[2] * d.z(),
        m[4] * d.x() + m[5] * d.y() + m[6] * d.z(),
        m[8] * d.x() + m[9] * d.y() + m[10] * d.z());
  }

  double determinant() {
    return m[0] * (m[5] * m[10] - m[6] * m[9])
        - m[1] * (m[4] * m[10] - m[6] * m[8])
        + m[2] * (m[4] * m[9] - m[5] * m[8]);
  }

  AffineMatrix inverse() {
    double det = determinant();
    if (Math.abs(det) < 1e-12) {
      throw new IllegalArgumentException("the map is singular (determinant " + det + ")");
    }
    double[] r = new double[12];
    r[0] = (m[5] * m[10] - m[6] * m[9]) / det;
    r[1] = (m[2] * m[9] - m[1] * m[10]) / det;
    r[2] = (m[1] * m[6] - m[2] * m[5]) / det;
    r[4] = (m[6] * m[8] - m[4] * m[10]) / det;
    r[5] = (m[0] * m[10] - m[2] * m[8]) / det;
    r[6] = (m[2] * m[4] - m[0] * m[6]) / det;
    r[8] = (m[4] * m[9] - m[5] * m[8]) / det;
    r[9] = (m[1] * m[8] - m[0] * m[9]) / det;
    r[10] = (m[0] * m[5] - m[1] * m[4]) / det;
    for (int row = 0; row < 3; row++) {
      r[row * 4 + 3] = -(r[row * 4] * m[3] + r[row * 4 + 1] * m[7] + r[row * 4 + 2] * m[11]);
    }
    return new AffineMatrix(r);
  }

  double[][] toMatrix4x4() {
    return new double[][] {
      {m[0], m[1], m[2], m[3]},
      {m[4], m[5], m[6], m[7]},
      {m[8], m[9], m[10], m[11]},
      {0, 0, 0, 1}
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AffineMatrix a && Arrays.equals(m, a.m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("[");
    for (int row = 0; row < 3; row++) {
      s.append(row == 0 ? "" : "; ");
      for (int c = 0; c < 4; c++) {
        s.append(c == 0 ? "" : " ")
            .append(String.format(java.util.Locale.ROOT, "%.6g", get(row, c)));
      }
    }
    return s.append("; 0 0 0 1]").toString();
  }
}
