package org.cryows.imaging.ultrasound;

/**
 * A point on the image in pixel units: {@code x} along columns, {@code y} along rows, the centre of
 * pixel (column c, row r) at (c, r).
 */
public record PixelPoint(double x, double y) {

  public PixelPoint {
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException(
          "a pixel point has finite coordinates, not " + x + ", " + y);
    }
  }

  /** The column of the pixel this point falls on (the nearest pixel centre). */
  public long column() {
    return (long) Math.floor(x + 0.5);
  }

  /** The row of the pixel this point falls on. */
  public long row() {
    return (long) Math.floor(y + 0.5);
  }
}
