package org.cryows.imaging.write;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as Decimal Strings (DS, PS3.5 6.2): at most 16 characters, plain notation where it fits.
 * The value written is the nearest one that fits, so a reader gets the number back to within the
 * last digit written.
 */
public final class DecimalString {
  static final int MAX_CHARS = 16;

  private DecimalString() {}

  /**
   * The shortest text that reads back as {@code value} when 16 characters allow it, else {@code
   * value} rounded to as many significant digits as fit.
   *
   * @throws IllegalArgumentException for NaN or an infinity, which DS cannot hold
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a decimal string holds finite numbers, not " + value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(value));
    for (int digits = 17; digits >= 1; digits--) {
      BigDecimal rounded = exact.round(new MathContext(digits)).stripTrailingZeros();
      String plain =
          rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
      if (plain.length() <= MAX_CHARS) {
        return plain;
      }
      String scientific = rounded.toString();
      if (scientific.length() <= MAX_CHARS) {
        return scientific;
      }
    }
    throw new IllegalArgumentException(value + " does not fit a decimal string");
  }
}
