package org.cryows.planner.thermal.oned;

/**
 * The exponential integral E1(x) = integral from x to infinity of exp(-t) / t dt, for x &gt; 0.
 * Power series for x &le; 2 (Abramowitz and Stegun 5.1.11), continued fraction beyond (Abramowitz
 * and Stegun 5.1.22, evaluated from the tail backwards).
 */
final class ExponentialIntegral {

  private static final double EULER_GAMMA = 0.5772156649015329;

  private ExponentialIntegral() {}

  static double e1(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("E1 needs x > 0, got " + x);
    }
    return x <= 2 ? series(x) : continuedFraction(x);
  }

  /** E1(x) = -gamma - ln x - sum_{n>=1} (-x)^n / (n n!). */
  private static double series(double x) {
    double sum = 0;
    double power = 1; // (-x)^n / n!
    for (int n = 1; n < 200; n++) {
      power *= -x / n;
      double term = power / n;
      sum += term;
      if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return -EULER_GAMMA - Math.log(x) - sum;
  }

  /** E1(x) = exp(-x) / (x + 1 - 1 / (x + 3 - 4 / (x + 5 - 9 / (x + 7 - ...)))). */
  private static double continuedFraction(double x) {
    int depth = 200;
    double tail = x + 2 * depth + 1;
    for (int j = depth; j >= 1; j--) {
      tail = x + 2 * j - 1 - (double) j * j / tail;
    }
    return Math.exp(-x) / tail;
  }
}
