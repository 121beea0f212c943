package org.cryows.imaging.adapter;

import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/**
 * RLE Lossless (PS3.5 annex G): a 64-byte header with up to 15 segment offsets, one PackBits
 * segment per byte plane, most significant byte first, sample after sample. Decoded here directly
 * rather than through PixelMed's RLE path, which yields a BufferedImage of 8- or 16-bit samples:
 * this keeps 32-bit RLE (a valid encoding, in pydicom's samples) and returns stored values of one
 * frame without an image in between. The format is small, fully specified, and checked byte for
 * byte against dcmtk's dcmdrle.
 */
final class RleFrameDecoder implements FrameDecoder {

  private final PixelDescription description;

  RleFrameDecoder(PixelDescription description) {
    this.description = description;
  }

  @Override
  public String codec() {
    return "RLE Lossless (built-in decoder)";
  }

  @Override
  public Frame decode(byte[] data, int frameIndex) throws CodecException {
    PixelDescription d = description;
    if (d.bitsAllocated() % 8 != 0) {
      throw new CodecException("RLE of " + d.bitsAllocated() + "-bit samples is not defined");
    }
    int bytesPerSample = d.bitsAllocated() / 8;
    int segments = d.samplesPerPixel() * bytesPerSample;
    if (data.length < 64) {
      throw new CodecException("the RLE header needs 64 bytes, the frame has " + data.length);
    }
    int declared = le32(data, 0);
    if (declared != segments) {
      throw new CodecException(
          "the RLE header declares " + declared + " segments, the image needs " + segments);
    }
    int pixels = d.rows() * d.columns();
    int[] samples = new int[pixels * d.samplesPerPixel()];
    byte[] plane = new byte[pixels];
    for (int segment = 0; segment < segments; segment++) {
      int start = le32(data, 4 + 4 * segment);
      int end = segment + 1 < segments ? le32(data, 8 + 4 * segment) : data.length;
      if (start < 64 || start > data.length || end < start || end > data.length) {
        throw new CodecException(
            "RLE segment "
                + (segment + 1)
                + " has offsets "
                + start
                + ".."
                + end
                + " outside the frame's "
                + data.length
                + " bytes");
      }
      unpackBits(data, start, end, plane, segment);
      int sample = segment / bytesPerSample;
      int shift = 8 * (bytesPerSample - 1 - segment % bytesPerSample);
      for (int p = 0, at = sample; p < pixels; p++, at += d.samplesPerPixel()) {
        samples[at] |= (plane[p] & 0xFF) << shift;
      }
    }
    StoredSamples.normalise(samples, d.bitsAllocated(), d.bitsStored(), d.highBit(), d.signed());
    return d.frame(d.photometric(), samples);
  }

  /** PackBits (PS3.5 G.3.1); a segment that yields too few bytes is an error, extra is ignored. */
  private static void unpackBits(byte[] in, int start, int end, byte[] out, int segment)
      throws CodecException {
    int o = 0;
    int i = start;
    while (o < out.length && i < end) {
      int n = in[i++];
      if (n >= 0) {
        int count = n + 1;
        if (i + count > end) {
          throw new CodecException("RLE segment " + (segment + 1) + " ends inside a literal run");
        }
        int copy = Math.min(count, out.length - o);
        System.arraycopy(in, i, out, o, copy);
        o += copy;
        i += count;
      } else if (n != -128) {
        if (i >= end) {
          throw new CodecException("RLE segment " + (segment + 1) + " ends inside a repeat run");
        }
        int count = Math.min(1 - n, out.length - o);
        byte value = in[i++];
        for (int k = 0; k < count; k++) {
          out[o++] = value;
        }
      }
    }
    if (o < out.length) {
      throw new CodecException(
          "RLE segment "
              + (segment + 1)
              + " decodes to "
              + o
              + " bytes, the frame needs "
              + out.length);
    }
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3]) << 24;
  }
}
