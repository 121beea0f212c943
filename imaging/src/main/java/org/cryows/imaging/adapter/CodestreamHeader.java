package org.cryows.imaging.adapter;

import org.cryows.imaging.adapter.FrameDecoder.CodecException;

/**
 * The image size a JPEG, JPEG-LS or JPEG 2000 codestream declares, read from its frame header
 * (SOFn, ITU T.81 B.2.2; SOF55, T.87; SIZ, T.800 A.5.1) before any decoder sees it, so that a
 * codestream disagreeing with the DICOM header is refused instead of decoded into a huge image.
 */
record CodestreamHeader(
    int width, int height, int components, int precision, int marker, int start) {

  static final int SOF_JPEG_LS = 0xF7;
  static final int SIZ_JPEG_2000 = 0x51;

  boolean isLosslessJpeg() {
    return marker == 0xC3 || marker == 0xC7 || marker == 0xCB || marker == 0xCF;
  }

  static CodestreamHeader read(byte[] data) throws CodecException {
    if (data.length >= 4 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0x4F) {
      return jpeg2000(data, 2, 0);
    }
    int soc = indexOf(data, 0x4F, 0x51);
    if (soc >= 0 && !(data.length >= 2 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8)) {
      // A JP2 file wrapped around the codestream (not conformant, but written by some encoders):
      // the codestream alone is decoded, so the JP2 colour box cannot change the samples.
      return jpeg2000(data, soc + 2, soc);
    }
    if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
      throw new CodecException("the frame does not start with a JPEG or JPEG 2000 codestream");
    }
    int pos = 2;
    while (pos + 4 <= data.length) {
      if ((data[pos] & 0xFF) != 0xFF) {
        throw new CodecException("JPEG marker expected at byte " + pos);
      }
      int marker = data[pos + 1] & 0xFF;
      if (marker == 0xFF) {
        pos++;
        continue;
      }
      int length = u16(data, pos + 2);
      boolean sof =
          (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
              || marker == SOF_JPEG_LS;
      if (sof) {
        if (pos + 10 > data.length) {
          throw new CodecException("the JPEG frame header is cut");
        }
        return new CodestreamHeader(
            u16(data, pos + 7),
            u16(data, pos + 5),
            data[pos + 9] & 0xFF,
            data[pos + 4] & 0xFF,
            marker,
            0);
      }
      if (marker == 0xDA || marker == 0xD9 || length < 2) {
        break;
      }
      pos += 2 + length;
    }
    throw new CodecException("the JPEG codestream has no frame header (SOF) before its scan");
  }

  private static CodestreamHeader jpeg2000(byte[] data, int siz, int start) throws CodecException {
    if (siz + 40 > data.length
        || (data[siz] & 0xFF) != 0xFF
        || (data[siz + 1] & 0xFF) != SIZ_JPEG_2000) {
      throw new CodecException("the JPEG 2000 codestream has no SIZ marker after SOC");
    }
    long xsiz = u32(data, siz + 6);
    long ysiz = u32(data, siz + 10);
    long xo = u32(data, siz + 14);
    long yo = u32(data, siz + 18);
    int components = u16(data, siz + 38);
    int precision = siz + 41 <= data.length ? (data[siz + 40] & 0x7F) + 1 : 0;
    long width = xsiz - xo;
    long height = ysiz - yo;
    if (width <= 0 || height <= 0 || width > 65535 || height > 65535) {
      throw new CodecException(
          "the JPEG 2000 codestream declares an image of " + width + " x " + height);
    }
    return new CodestreamHeader(
        (int) width, (int) height, components, precision, SIZ_JPEG_2000, start);
  }

  /** Refuses a codestream whose size or components differ from the DICOM header's. */
  void check(int rows, int columns, int samplesPerPixel) throws CodecException {
    if (width != columns || height != rows || components != samplesPerPixel) {
      throw new CodecException(
          "the codestream declares "
              + width
              + " x "
              + height
              + " with "
              + components
              + " components, the header "
              + columns
              + " x "
              + rows
              + " with "
              + samplesPerPixel);
    }
  }

  private static int indexOf(byte[] data, int first, int second) {
    int limit = Math.min(data.length - 3, 8192);
    for (int i = 0; i < limit; i++) {
      if ((data[i] & 0xFF) == 0xFF
          && (data[i + 1] & 0xFF) == first
          && (data[i + 2] & 0xFF) == 0xFF
          && (data[i + 3] & 0xFF) == second) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static long u32(byte[] b, int at) {
    return (long) u16(b, at) << 16 | u16(b, at + 2);
  }
}
