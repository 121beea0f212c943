package org.cryows.imaging.volume;

import java.util.Objects;

/** The physical values (HU for CT) sampled on a {@link ReslicePlane}, row by row. */
public final class ReslicedImage {

  private final ReslicePlane plane;
  private final float[] values;

  ReslicedImage(ReslicePlane plane, float[] values) {
    this.plane = Objects.requireNonNull(plane);
    if (values.length != plane.columns() * plane.rows()) {
      throw new IllegalArgumentException("one value per pixel of the plane");
    }
    this.values = values;
  }

  public ReslicePlane plane() {
    return plane;
  }

  public int columns() {
    return plane.columns();
  }

  public int rows() {
    return plane.rows();
  }

  /** The value of pixel (column c, row r). */
  public float value(int c, int r) {
    if (c < 0 || c >= plane.columns() || r < 0 || r >= plane.rows()) {
      throw new IndexOutOfBoundsException(
          "pixel (" + c + ", " + r + ") of " + plane.columns() + " x " + plane.rows());
    }
    return values[r * plane.columns() + c];
  }

  /** All values, row by row; a copy. */
  public float[] copyValues() {
    return values.clone();
  }
}
