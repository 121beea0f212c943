package org.cryows.imaging.pixels;

/**
 * YBR to RGB for one pixel at {@code bits} bits per sample, chroma centred on {@code 2^(bits-1)}:
 * YBR_FULL and YBR_FULL_422 with the PS3.3 C.7.6.3.1.2 (ITU-R BT.601 full range) coefficients,
 * YBR_ICT with the same irreversible transform as JPEG 2000 (ISO 15444-1 G.3), YBR_RCT with the
 * reversible integer transform (G.2). Results are clamped to {@code 0 .. 2^bits - 1}.
 */
public final class ColorConversions {

  private ColorConversions() {}

  /**
   * Writes R, G, B of the YBR_FULL pixel {@code y, cb, cr} to {@code rgb[at..at+2]}. YBR_ICT (the
   * JPEG 2000 irreversible transform) is the same transform (PS3.3 C.7.6.3.1.2) and uses it too.
   */
  public static void ybrFullToRgb(int y, int cb, int cr, int bits, int[] rgb, int at) {
    double half = 1 << (bits - 1);
    double b = cb - half;
    double r = cr - half;
    int max = (1 << bits) - 1;
    rgb[at] = clamp(Math.round(y + 1.402 * r), max);
    rgb[at + 1] = clamp(Math.round(y - 0.344136 * b - 0.714136 * r), max);
    rgb[at + 2] = clamp(Math.round(y + 1.772 * b), max);
  }

  /**
   * YBR_RCT: G = Y - floor((Cb' + Cr') / 4), R = Cr' + G, B = Cb' + G with Cb', Cr' the chroma
   * differences (stored minus {@code 2^(bits-1)}).
   */
  public static void ybrRctToRgb(int y, int cb, int cr, int bits, int[] rgb, int at) {
    int half = 1 << (bits - 1);
    int b = cb - half;
    int r = cr - half;
    int max = (1 << bits) - 1;
    int g = y - Math.floorDiv(b + r, 4);
    rgb[at] = clamp(r + g, max);
    rgb[at + 1] = clamp(g, max);
    rgb[at + 2] = clamp(b + g, max);
  }

  private static int clamp(long value, int max) {
    return (int) Math.max(0, Math.min(max, value));
  }
}
