package org.cryows.samples.ultrasound;

import java.util.Arrays;
import org.apache.commons.math3.analysis.interpolation.AkimaSplineInterpolator;
import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A depth that varies across the image: a smooth curve through given (lateral mm, depth mm) knots,
 * an Akima spline (no overshoot at a step, unlike a natural cubic) from five knots on, straight
 * segments below that, and held level beyond the first and last knot. Interfaces between layers,
 * the skin and bone surfaces are such curves.
 */
public final class DepthCurve {
  private final double[] xs;
  private final PolynomialSplineFunction depth;
  private final PolynomialSplineFunction slope;

  private DepthCurve(double[] xs, double[] depthsMm) {
    this.xs = xs.clone();
    this.depth =
        xs.length >= 5
            ? new AkimaSplineInterpolator().interpolate(xs, depthsMm)
            : new LinearInterpolator().interpolate(xs, depthsMm);
    this.slope = depth.polynomialSplineDerivative();
  }

  /** Through knots given as x0, depth0, x1, depth1, ... (mm), x increasing. */
  public static DepthCurve through(double... xAndDepthMm) {
    if (xAndDepthMm.length < 4 || xAndDepthMm.length % 2 != 0) {
      throw new IllegalArgumentException("a curve needs at least two (x, depth) knots");
    }
    int n = xAndDepthMm.length / 2;
    double[] x = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = xAndDepthMm[2 * i];
      d[i] = xAndDepthMm[2 * i + 1];
      if (i > 0 && !(x[i] > x[i - 1])) {
        throw new IllegalArgumentException("knots must go left to right: " + Arrays.toString(x));
      }
    }
    return new DepthCurve(x, d);
  }

  /** A level depth. */
  public static DepthCurve level(double depthMm) {
    return through(-1000, depthMm, 1000, depthMm);
  }

  public double depthMm(double xMm) {
    return depth.value(clamp(xMm));
  }

  /** d depth / d x; 0 beyond the knots. */
  public double slope(double xMm) {
    if (xMm <= xs[0] || xMm >= xs[xs.length - 1]) {
      return 0;
    }
    return slope.value(xMm);
  }

  /** This curve moved down by {@code mm} (negative: up). */
  public DepthCurve shifted(double mm) {
    double[] d = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      d[i] = depth.value(xs[i]) + mm;
    }
    return new DepthCurve(xs, d);
  }

  private double clamp(double x) {
    return Math.max(xs[0], Math.min(xs[xs.length - 1], x));
  }
}
