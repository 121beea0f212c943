package org.cryows.imaging.pixels;

import java.util.Arrays;

/**
 * An 8-bit image ready for a viewer: one byte per pixel for gray, three (R, G, B) for color, row by
 * row.
 */
public record DisplayImage(int width, int height, boolean color, byte[] pixels) {

  public DisplayImage {
    long expected = (long) width * height * (color ? 3 : 1);
    if (pixels.length != expected) {
      throw new IllegalArgumentException(
          "a " + width + " x " + height + " display image has " + expected + " bytes");
    }
    pixels = pixels.clone();
  }

  /** Gray level, or channel {@code c} (0 red, 1 green, 2 blue) of a color image, as 0..255. */
  public int value(int row, int column, int c) {
    return pixels[(row * width + column) * (color ? 3 : 1) + c] & 0xFF;
  }

  @Override
  public byte[] pixels() {
    return pixels.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DisplayImage d
        && width == d.width
        && height == d.height
        && color == d.color
        && Arrays.equals(pixels, d.pixels);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pixels);
  }

  @Override
  public String toString() {
    return "DisplayImage[" + width + "x" + height + (color ? " RGB]" : " gray]");
  }
}
