package org.cryows.probecontrol.protocol;

/**
 * Consistent Overhead Byte Stuffing (Cheshire and Baker, IEEE/ACM Trans. Networking 7(2), 1999):
 * removes every zero byte from a frame so that zero can delimit frames, at a cost of at most one
 * byte per 254. Works on caller-owned arrays; allocates nothing.
 */
final class Cobs {

  private Cobs() {}

  /** Bytes needed to stuff {@code length} bytes, at most. */
  static int maxStuffedLength(int length) {
    return length + length / 254 + 1;
  }

  /**
   * Stuffs {@code src[srcOffset, srcOffset + length)} into {@code dst} from {@code dstOffset}.
   *
   * @return the number of bytes written, never containing a zero
   */
  static int stuff(byte[] src, int srcOffset, int length, byte[] dst, int dstOffset) {
    int out = dstOffset;
    int codeIndex = out++;
    int code = 1;
    int end = srcOffset + length;
    for (int i = srcOffset; i < end; i++) {
      byte b = src[i];
      if (b == 0) {
        dst[codeIndex] = (byte) code;
        codeIndex = out++;
        code = 1;
      } else {
        dst[out++] = b;
        code++;
        // A full block ends without an implied zero; open the next only if data remains.
        if (code == 0xFF && i + 1 < end) {
          dst[codeIndex] = (byte) code;
          codeIndex = out++;
          code = 1;
        }
      }
    }
    dst[codeIndex] = (byte) code;
    return out - dstOffset;
  }

  /**
   * Unstuffs {@code src[0, length)} (no delimiters, no zero bytes) into {@code dst}.
   *
   * @return the number of bytes written, or -1 when a block runs past the end
   */
  static int unstuff(byte[] src, int length, byte[] dst) {
    int in = 0;
    int out = 0;
    while (in < length) {
      int code = src[in++] & 0xFF;
      int blockEnd = in + code - 1;
      if (code == 0 || blockEnd > length) {
        return -1;
      }
      System.arraycopy(src, in, dst, out, code - 1);
      out += code - 1;
      in = blockEnd;
      if (code != 0xFF && in < length) {
        dst[out++] = 0;
      }
    }
    return out;
  }
}
