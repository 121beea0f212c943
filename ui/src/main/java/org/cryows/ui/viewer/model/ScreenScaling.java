package org.cryows.ui.viewer.model;

/**
 * Opaque ARGB images resized for the screen. Pixel centres map to pixel centres (the centre of
 * source pixel c is at c + 0.5 of {@code sourceWidth}), as the viewer's image-to-viewport transform
 * has it, so what is drawn lies exactly under the measurements.
 */
final class ScreenScaling {
  private ScreenScaling() {}

  /** Each screen pixel takes the source pixel it falls in. */
  static int[] nearest(int[] source, int sourceWidth, int sourceHeight, int width, int height) {
    int[] out = new int[width * height];
    int[] columns = new int[width];
    for (int x = 0; x < width; x++) {
      columns[x] = Math.min(sourceWidth - 1, (int) ((x + 0.5) * sourceWidth / width));
    }
    for (int y = 0; y < height; y++) {
      int row = Math.min(sourceHeight - 1, (int) ((y + 0.5) * sourceHeight / height)) * sourceWidth;
      int at = y * width;
      for (int x = 0; x < width; x++) {
        out[at + x] = source[row + columns[x]];
      }
    }
    return out;
  }

  /**
   * Each screen pixel interpolated linearly between the four source pixels around it (edges
   * repeated); when shrinking by more than two, the source is averaged down first, so no detail is
   * simply skipped.
   */
  static int[] bilinear(int[] source, int sourceWidth, int sourceHeight, int width, int height) {
    if (sourceWidth >= 2 * width && sourceHeight >= 2 * height) {
      int w = sourceWidth / 2;
      int h = sourceHeight / 2;
      return bilinear(halve(source, sourceWidth, w, h), w, h, width, height);
    }
    int[] out = new int[width * height];
    int[] x0 = new int[width];
    int[] x1 = new int[width];
    int[] fx = new int[width];
    for (int x = 0; x < width; x++) {
      double sx = Math.clamp((x + 0.5) * sourceWidth / width - 0.5, 0, sourceWidth - 1);
      x0[x] = (int) sx;
      x1[x] = Math.min(sourceWidth - 1, x0[x] + 1);
      fx[x] = (int) Math.round((sx - x0[x]) * 256);
    }
    for (int y = 0; y < height; y++) {
      double sy = Math.clamp((y + 0.5) * sourceHeight / height - 0.5, 0, sourceHeight - 1);
      int y0 = (int) sy;
      int y1 = Math.min(sourceHeight - 1, y0 + 1);
      int fy = (int) Math.round((sy - y0) * 256);
      int top = y0 * sourceWidth;
      int bottom = y1 * sourceWidth;
      int at = y * width;
      for (int x = 0; x < width; x++) {
        int a = source[top + x0[x]];
        int b = source[top + x1[x]];
        int c = source[bottom + x0[x]];
        int d = source[bottom + x1[x]];
        int f = fx[x];
        out[at + x] =
            0xFF000000
                | channel(a, b, c, d, f, fy, 16) << 16
                | channel(a, b, c, d, f, fy, 8) << 8
                | channel(a, b, c, d, f, fy, 0);
      }
    }
    return out;
  }

  private static int channel(int a, int b, int c, int d, int fx, int fy, int shift) {
    int ca = (a >> shift) & 0xFF;
    int cb = (b >> shift) & 0xFF;
    int cc = (c >> shift) & 0xFF;
    int cd = (d >> shift) & 0xFF;
    int top = ca * (256 - fx) + cb * fx;
    int bottom = cc * (256 - fx) + cd * fx;
    return (top * (256 - fy) + bottom * fy + (1 << 15)) >> 16;
  }

  /** Each pixel the mean of a 2 x 2 block (an odd last row or column is left out). */
  private static int[] halve(int[] source, int sourceWidth, int width, int height) {
    int[] out = new int[width * height];
    for (int y = 0; y < height; y++) {
      int top = 2 * y * sourceWidth;
      int bottom = top + sourceWidth;
      for (int x = 0; x < width; x++) {
        int a = source[top + 2 * x];
        int b = source[top + 2 * x + 1];
        int c = source[bottom + 2 * x];
        int d = source[bottom + 2 * x + 1];
        out[y * width + x] =
            0xFF000000
                | mean(a, b, c, d, 16) << 16
                | mean(a, b, c, d, 8) << 8
                | mean(a, b, c, d, 0);
      }
    }
    return out;
  }

  private static int mean(int a, int b, int c, int d, int shift) {
    return (((a >> shift) & 0xFF)
            + ((b >> shift) & 0xFF)
            + ((c >> shift) & 0xFF)
            + ((d >> shift) & 0xFF)
            + 2)
        >> 2;
  }
}
