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

  private final double[] pivot;
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
    pivot = new double[n];
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
   * Solves in place from the guess in {@code x} until no cell's preconditioned residual (a
   * temperature correction in kelvin for a heat balance) exceeds {@code toleranceK}.
   *
   * @return the iterations used
   */
  int solve(double[] x, double toleranceK, int maxIterations) {
    int n = diagonal.length;
    factor();
    multiply(x, product);
    for (int c = 0; c < n; c++) {
      residual[c] = rhs[c] - product[c];
    }
    precondition(residual, preconditioned);
    System.arraycopy(preconditioned, 0, direction, 0, n);
    double rz = dot(residual, preconditioned);
    int iteration = 0;
    while (largest(preconditioned) > toleranceK && iteration < maxIterations) {
      multiply(direction, product);
      double alpha = rz / dot(direction, product);
      for (int c = 0; c < n; c++) {
        x[c] += alpha * direction[c];
        residual[c] -= alpha * product[c];
      }
      precondition(residual, preconditioned);
      double next = dot(residual, preconditioned);
      double beta = next / rz;
      rz = next;
      for (int c = 0; c < n; c++) {
        direction[c] = preconditioned[c] + beta * direction[c];
      }
      iteration++;
    }
    return iteration;
  }

  private void multiply(double[] x, double[] y) {
    int n = diagonal.length;
    for (int c = 0; c < n; c++) {
      double sum = diagonal[c] * x[c];
      if (c + 1 < n) {
        sum += east[c] * x[c + 1];
      }
      if (c >= 1) {
        sum += east[c - 1] * x[c - 1];
      }
      if (c + nr < n) {
        sum += north[c] * x[c + nr];
      }
      if (c >= nr) {
        sum += north[c - nr] * x[c - nr];
      }
      y[c] = sum;
    }
  }

  /** IC(0) pivots: d_c = a_c - e_(c-1)^2 / d_(c-1) - n_(c-nr)^2 / d_(c-nr). */
  private void factor() {
    for (int c = 0; c < diagonal.length; c++) {
      double d = diagonal[c];
      if (c >= 1) {
        d -= east[c - 1] * east[c - 1] / pivot[c - 1];
      }
      if (c >= nr) {
        d -= north[c - nr] * north[c - nr] / pivot[c - nr];
      }
      pivot[c] = d;
    }
  }

  /** z = M^-1 r with M = (D + L) D^-1 (D + L^T). */
  private void precondition(double[] r, double[] z) {
    int n = diagonal.length;
    for (int c = 0; c < n; c++) {
      double value = r[c];
      if (c >= 1) {
        value -= east[c - 1] * z[c - 1];
      }
      if (c >= nr) {
        value -= north[c - nr] * z[c - nr];
      }
      z[c] = value / pivot[c];
    }
    for (int c = n - 1; c >= 0; c--) {
      double value = 0;
      if (c + 1 < n) {
        value += east[c] * z[c + 1];
      }
      if (c + nr < n) {
        value += north[c] * z[c + nr];
      }
      z[c] -= value / pivot[c];
    }
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
