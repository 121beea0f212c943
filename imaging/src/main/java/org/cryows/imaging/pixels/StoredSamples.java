package org.cryows.imaging.pixels;

/**
 * Turns the bytes of one native (uncompressed) frame into stored values: keeps only the bits from
 * {@code highBit - bitsStored + 1} to {@code highBit} (the others may carry overlays), sign-extends
 * signed values, and interleaves planar frames (PS3.5 8.1, PS3.3 C.7.6.3.1.3).
 */
public final class StoredSamples {

  private StoredSamples() {}

  /**
   * The stored values of a frame whose bytes start at {@code offset} of {@code bytes}.
   *
   * @param bigEndian byte order of 16- and 32-bit samples
   */
  public static int[] unpack(byte[] bytes, int offset, PixelDescription d, boolean bigEndian) {
    int count = Math.toIntExact(d.samplesPerFrame());
    int[] raw = new int[count];
    switch (d.bitsAllocated()) {
      case 1 -> {
        for (int i = 0; i < count; i++) {
          raw[i] = (bytes[offset + (i >>> 3)] >>> (i & 7)) & 1;
        }
      }
      case 8 -> {
        for (int i = 0; i < count; i++) {
          raw[i] = bytes[offset + i] & 0xFF;
        }
      }
      case 16 -> {
        for (int i = 0, p = offset; i < count; i++, p += 2) {
          raw[i] =
              bigEndian
                  ? ((bytes[p] & 0xFF) << 8) | (bytes[p + 1] & 0xFF)
                  : (bytes[p] & 0xFF) | ((bytes[p + 1] & 0xFF) << 8);
        }
      }
      case 32 -> {
        for (int i = 0, p = offset; i < count; i++, p += 4) {
          raw[i] =
              bigEndian
                  ? ((bytes[p] & 0xFF) << 24)
                      | ((bytes[p + 1] & 0xFF) << 16)
                      | ((bytes[p + 2] & 0xFF) << 8)
                      | (bytes[p + 3] & 0xFF)
                  : (bytes[p] & 0xFF)
                      | ((bytes[p + 1] & 0xFF) << 8)
                      | ((bytes[p + 2] & 0xFF) << 16)
                      | ((bytes[p + 3] & 0xFF) << 24);
        }
      }
      default ->
          throw new IllegalArgumentException(
              "cannot unpack samples of " + d.bitsAllocated() + " bits");
    }
    normalise(raw, d.bitsAllocated(), d.bitsStored(), d.highBit(), d.signed());
    return d.planarConfiguration() == 1 && d.samplesPerPixel() > 1
        ? interleave(raw, d.samplesPerPixel())
        : raw;
  }

  /**
   * A native YBR_FULL_422 frame of 8-bit samples (Y1 Y2 Cb Cr for each pair of pixels in a row)
   * expanded to three samples per pixel, each pixel of a pair taking the pair's chroma.
   */
  public static int[] unpackYbr422(byte[] bytes, int offset, PixelDescription d) {
    if (d.bitsAllocated() != 8 || d.columns() % 2 != 0) {
      throw new IllegalArgumentException(
          "YBR_FULL_422 is read with 8-bit samples and an even number of columns");
    }
    int[] out = new int[Math.toIntExact(d.samplesPerFrame())];
    int pairs = d.rows() * d.columns() / 2;
    for (int p = 0, in = offset, o = 0; p < pairs; p++, in += 4, o += 6) {
      int cb = bytes[in + 2] & 0xFF;
      int cr = bytes[in + 3] & 0xFF;
      out[o] = bytes[in] & 0xFF;
      out[o + 1] = cb;
      out[o + 2] = cr;
      out[o + 3] = bytes[in + 1] & 0xFF;
      out[o + 4] = cb;
      out[o + 5] = cr;
    }
    normalise(out, 8, d.bitsStored(), d.highBit(), false);
    return out;
  }

  /**
   * Keeps bits {@code highBit - bitsStored + 1 .. highBit} of each value and sign-extends them when
   * {@code signed}; in place.
   */
  public static void normalise(
      int[] values, int bitsAllocated, int bitsStored, int highBit, boolean signed) {
    int shift = highBit - bitsStored + 1;
    if (shift == 0 && bitsStored == 32) {
      return;
    }
    if (shift == 0 && bitsStored == bitsAllocated && !signed && bitsAllocated < 32) {
      return;
    }
    int mask = bitsStored == 32 ? -1 : (1 << bitsStored) - 1;
    int signBit = 1 << (bitsStored - 1);
    for (int i = 0; i < values.length; i++) {
      int v = (values[i] >>> shift) & mask;
      if (signed && bitsStored < 32 && (v & signBit) != 0) {
        v -= 1 << bitsStored;
      }
      values[i] = v;
    }
  }

  /** Planar (RRR..GGG..BBB..) to interleaved (RGBRGB..). */
  public static int[] interleave(int[] planar, int samplesPerPixel) {
    int pixels = planar.length / samplesPerPixel;
    int[] result = new int[planar.length];
    for (int s = 0; s < samplesPerPixel; s++) {
      int base = s * pixels;
      for (int p = 0; p < pixels; p++) {
        result[p * samplesPerPixel + s] = planar[base + p];
      }
    }
    return result;
  }
}
