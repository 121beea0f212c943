package org.cryows.planner.thermal.axisym;

import java.util.Arrays;

/**
 * A symmetric positive definite system on an nr x nz grid with a five-point stencil, cell c = j nr
 * + i: diagonal a[c], coupling to the radial neighbour c + 1 in {@code east[c]} and to the axial
 * neighbour c + nr in {@code north[c]} (both zero or negative). Solved by conjugate gradients
 * preconditioned with the incomplete Cholesky factor IC(0), which for this stencil keeps exactly
 * the stencil's pattern (Meijerink and van der Vorst, Math Comp 1977;31:148).
 */
final class FivePointSystem {

  final int nr;
  final int nz;
  final double[] diagonal;
  final double[] east;
  final double[] north;
  final double[] rhs;

  private final double[] inversePivot;
  private final double[] eastOverPivot;
  private final double[] eastIntoOverPivot;
  private final double[] northOverPivot;
  private final double[] residual;
  private final double[] preconditioned;
  private final double[] direction;
  private final double[] product;

  FivePointSystem(int nr, int nz) {
    this.nr = nr;
    this.nz = nz;
    int n = nr * nz;
    diagonal = new double[n];
    east = new double[n];
    north = new double[n];
    rhs = new double[n];
    inversePivot = new double[n];
    eastOverPivot = new double[n];
    eastIntoOverPivot = new double[n];
    northOverPivot = new double[n];
    residual = new double[n];
    preconditioned = new double[n];
    direction = new double[n];
    product = new double[n];
  }

  void clear() {
    Arrays.fill(diagonal, 0);
    Arrays.fill(east, 0);
    Arrays.fill(north, 0);
    Arrays.fill(rhs, 0);
  }

  /**
   * Factors the matrix and evaluates the residual of the guess in {@code x}; call before {@link
   * #iterate}.
   *
   * @return the largest preconditioned residual, a temperature correction in kelvin for a heat
   *     balance
   */
  double prepare(double[] x) {
    int n = diagonal.length;
    factor();
    multiply(x, product);
    for (int c = 0; c < n; c++) {
      residual[c] = rhs[c] - product[c];
    }
    precondition(residual, preconditioned);
    return largest(preconditioned);
  }

  /**
   * Conjugate gradients from the guess given to {@link #prepare} until no cell's preconditioned
   * residual exceeds {@code toleranceK}.
   *
   * @return the iterations used
   */
  int iterate(double[] x, double toleranceK, int maxIterations) {
    int n = diagonal.length;
    System.arraycopy(preconditioned, 0, direction, 0, n);
    double rz = dot(residual, preconditioned);
    double largest = largest(preconditioned);
    int iteration = 0;
    while (largest > toleranceK && iteration < maxIterations) {
      multiply(direction, product);
      double alpha = rz / dot(direction, product);
      for (int c = 0; c < n; c++) {
        x[c] += alpha * direction[c];
        residual[c] -= alpha * product[c];
      }
      precondition(residual, preconditioned);
      double next = 0;
      largest = 0;
      for (int c = 0; c < n; c++) {
        double z = preconditioned[c];
        next += residual[c] * z;
        largest = Math.max(largest, Math.abs(z));
      }
      double beta = next / rz;
      rz = next;
      for (int c = 0; c < n; c++) {
        direction[c] = preconditioned[c] + beta * direction[c];
      }
      iteration++;
    }
    return iteration;
  }

  /** {@link #prepare} then {@link #iterate}. */
  int solve(double[] x, double toleranceK, int maxIterations) {
    prepare(x);
    return iterate(x, toleranceK, maxIterations);
  }

  private void multiply(double[] x, double[] y) {
    int n = diagonal.length;
    for (int c = 0; c < n; c++) {
      y[c] = diagonal[c] * x[c];
    }
    // Each coupling once, both ways: the matrix is symmetric.
    for (int c = 0; c + 1 < n; c++) {
      double e = east[c];
      y[c] += e * x[c + 1];
      y[c + 1] += e * x[c];
    }
    for (int c = 0; c + nr < n; c++) {
      double north = this.north[c];
      y[c] += north * x[c + nr];
      y[c + nr] += north * x[c];
    }
  }

  /*
   * The factorisation and both triangular sweeps are recurrences along each row (cell c needs cell
   * c - 1), so they run at the latency of one multiply-add per cell. Two rows are swept together,
   * the upper one a cell behind (its cell i needs cell i of the lower row): the processor then
   * overlaps two independent chains.
   */

  /**
   * IC(0) pivots d_c = a_c - e_(c-1)^2 / d_(c-1) - n_(c-nr)^2 / d_(c-nr), kept as the couplings
   * scaled by them so that the triangular sweeps multiply instead of divide.
   */
  private void factor() {
    int j = 0;
    for (; j + 1 < nz; j += 2) {
      int lower = j * nr;
      int upper = lower + nr;
      factorCell(lower);
      for (int i = 1; i < nr; i++) {
        factorCell(lower + i);
        factorCell(upper + i - 1);
      }
      factorCell(upper + nr - 1);
    }
    for (int c = j * nr; c < nz * nr; c++) {
      factorCell(c);
    }
  }

  private void factorCell(int c) {
    double d = diagonal[c];
    boolean rowStart = c % nr == 0;
    if (!rowStart) {
      d -= east[c - 1] * eastOverPivot[c - 1];
    }
    if (c >= nr) {
      d -= north[c - nr] * northOverPivot[c - nr];
    }
    double inverse = 1 / d;
    inversePivot[c] = inverse;
    eastOverPivot[c] = east[c] * inverse;
    northOverPivot[c] = north[c] * inverse;
    eastIntoOverPivot[c] = rowStart ? 0 : east[c - 1] * inverse;
  }

  /**
   * z = M^-1 r with M = (D + L) D^-1 (D + L^T): forward, y = D^-1 (r - L y); backward, z = y - D^-1
   * L^T z.
   */
  private void precondition(double[] r, double[] z) {
    int j = 0;
    for (; j + 1 < nz; j += 2) {
      int lower = j * nr;
      int upper = lower + nr;
      z[lower] = forwardStart(r, z, lower);
      for (int i = 1; i < nr; i++) {
        int c = lower + i;
        z[c] = forwardStart(r, z, c) - eastIntoOverPivot[c] * z[c - 1];
        int d = upper + i - 1;
        z[d] = forwardStart(r, z, d) - eastIntoOverPivot[d] * z[d - 1];
      }
      int d = upper + nr - 1;
      z[d] = forwardStart(r, z, d) - eastIntoOverPivot[d] * z[d - 1];
    }
    for (int c = j * nr; c < nz * nr; c++) {
      z[c] = forwardStart(r, z, c) - (c % nr == 0 ? 0 : eastIntoOverPivot[c] * z[c - 1]);
    }
    int n = nz * nr;
    j = nz - 1;
    for (; j >= 1; j -= 2) {
      int upper = j * nr;
      int lower = upper - nr;
      int last = nr - 1;
      z[upper + last] = backwardStart(z, upper + last, n);
      for (int i = last - 1; i >= 0; i--) {
        int c = upper + i;
        z[c] = backwardStart(z, c, n) - eastOverPivot[c] * z[c + 1];
        int d = lower + i + 1;
        z[d] = backwardStart(z, d, n) - eastOverPivot[d] * z[d + 1];
      }
      z[lower] = backwardStart(z, lower, n) - eastOverPivot[lower] * z[lower + 1];
    }
    for (int c = (j + 1) * nr - 1; c >= 0; c--) {
      z[c] = backwardStart(z, c, n) - (c % nr == nr - 1 ? 0 : eastOverPivot[c] * z[c + 1]);
    }
  }

  /** The forward sweep's value for cell c before its radial neighbour's share. */
  private double forwardStart(double[] r, double[] z, int c) {
    double value = r[c];
    if (c >= nr) {
      value -= north[c - nr] * z[c - nr];
    }
    return value * inversePivot[c];
  }

  /** The backward sweep's value for cell c before its radial neighbour's share. */
  private double backwardStart(double[] z, int c, int n) {
    return c + nr < n ? z[c] - northOverPivot[c] * z[c + nr] : z[c];
  }

  private static double largest(double[] a) {
    double largest = 0;
    for (double value : a) {
      largest = Math.max(largest, Math.abs(value));
    }
    return largest;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int c = 0; c < a.length; c++) {
      sum += a[c] * b[c];
    }
    return sum;
  }
}
