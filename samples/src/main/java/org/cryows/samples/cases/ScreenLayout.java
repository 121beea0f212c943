package org.cryows.samples.cases;

/**
 * Where the calibrated image sits on the scanner's screen: black margins around it, with a depth
 * scale burned in on the right (a tick every 5 mm, a longer and brighter one every 10 mm), as a
 * scanner draws it. No text: nothing identifying is burned in.
 */
record ScreenLayout(int left, int top, int right, int bottom) {
  static final ScreenLayout SCANNER = new ScreenLayout(24, 16, 40, 8);

  static final int TICK_GREY_5MM = 150;
  static final int TICK_GREY_10MM = 230;

  int columns(int imageColumns) {
    return left + imageColumns + right;
  }

  int rows(int imageRows) {
    return top + imageRows + bottom;
  }

  /** The screen: the image in its place and the depth scale. */
  byte[] compose(byte[] image, int imageColumns, int imageRows, double pixelMm) {
    int columns = columns(imageColumns);
    byte[] screen = new byte[columns * rows(imageRows)];
    for (int r = 0; r < imageRows; r++) {
      System.arraycopy(image, r * imageColumns, screen, (top + r) * columns + left, imageColumns);
    }
    int ticksFrom = left + imageColumns + 6;
    int stepsPer5Mm = (int) Math.round(5 / pixelMm);
    for (int r = 0, k = 0; r < imageRows; r += stepsPer5Mm, k++) {
      boolean centimetre = k % 2 == 0;
      int length = centimetre ? 14 : 7;
      byte grey = (byte) (centimetre ? TICK_GREY_10MM : TICK_GREY_5MM);
      for (int c = ticksFrom; c < ticksFrom + length; c++) {
        screen[(top + r) * columns + c] = grey;
        if (top + r + 1 < top + imageRows) {
          screen[(top + r + 1) * columns + c] = grey;
        }
      }
    }
    return screen;
  }
}
