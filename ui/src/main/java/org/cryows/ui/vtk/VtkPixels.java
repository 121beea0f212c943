package org.cryows.ui.vtk;

/** Pixels read back from OpenGL (RGBA bytes, bottom row first) as ARGB ints, top row first. */
final class VtkPixels {
  private VtkPixels() {}

  static int[] argbTopDown(byte[] rgba, int width, int height) {
    if (rgba.length < 4L * width * height) {
      throw new IllegalArgumentException(
          rgba.length + " bytes for " + width + " x " + height + " RGBA pixels");
    }
    int[] argb = new int[width * height];
    for (int y = 0; y < height; y++) {
      int in = 4 * (height - 1 - y) * width;
      int out = y * width;
      for (int x = 0; x < width; x++, in += 4) {
        argb[out + x] =
            0xFF000000
                | (rgba[in] & 0xFF) << 16
                | (rgba[in + 1] & 0xFF) << 8
                | (rgba[in + 2] & 0xFF);
      }
    }
    return argb;
  }
}
