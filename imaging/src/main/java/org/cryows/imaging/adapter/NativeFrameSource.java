package org.cryows.imaging.adapter;

import java.io.IOException;
import java.nio.file.Path;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.pixels.PixelDescription;
import org.cryows.imaging.pixels.StoredSamples;

/** Frames of native (uncompressed) pixel data, each read from its own byte range. */
final class NativeFrameSource implements FrameSource {

  private final Path file;
  private final ByteSource bytes;
  private final long valueOffset;
  private final PixelDescription description;
  private final boolean bigEndian;
  private final boolean swapBytePairs;

  NativeFrameSource(
      Path file,
      ByteSource bytes,
      long valueOffset,
      PixelDescription description,
      boolean bigEndian,
      boolean swapBytePairs) {
    this.file = file;
    this.bytes = bytes;
    this.valueOffset = valueOffset;
    this.description = description;
    this.bigEndian = bigEndian;
    this.swapBytePairs = swapBytePairs;
  }

  @Override
  public int frameCount() {
    return description.frames();
  }

  @Override
  public Frame frame(int index) throws DicomReadException {
    DicomImages.checkIndex(file, index, frameCount());
    PixelDescription d = description;
    long frameBytes = d.nativeFrameBytes();
    long bitStart = (long) index * frameBytes * 8;
    if (d.bitsAllocated() == 1) {
      bitStart = (long) index * d.samplesPerFrame();
    }
    long start = valueOffset + bitStart / 8;
    // Read whole 16-bit words when byte pairs are swapped (8-bit OW data in big endian files),
    // and whole bytes around bit-packed frames that do not start on a byte.
    long alignedStart = swapBytePairs ? start - ((start - valueOffset) & 1) : start;
    int lead = (int) (start - alignedStart);
    long length = frameBytes + lead + (bitStart % 8 != 0 ? 1 : 0);
    if (swapBytePairs && (length & 1) == 1) {
      length++;
    }
    length = Math.min(length, bytes.size() - alignedStart);
    byte[] raw;
    try {
      raw = bytes.read(alignedStart, (int) length);
    } catch (IOException e) {
      throw new DicomReadException(
          file, "frame " + (index + 1) + ": cannot read its bytes: " + e.getMessage(), e);
    }
    if (swapBytePairs) {
      for (int i = 0; i + 1 < raw.length; i += 2) {
        byte t = raw[i];
        raw[i] = raw[i + 1];
        raw[i + 1] = t;
      }
    }
    int[] samples;
    String photometric = d.photometric();
    if (d.isSubsampled422()) {
      samples = StoredSamples.unpackYbr422(raw, lead, d);
      photometric = "YBR_FULL";
    } else if (d.bitsAllocated() == 1 && bitStart % 8 != 0) {
      samples = unpackBitsFrom(raw, (int) (bitStart % 8), (int) d.samplesPerFrame());
    } else {
      samples = StoredSamples.unpack(raw, lead, d, bigEndian);
    }
    return d.frame(photometric, samples);
  }

  private static int[] unpackBitsFrom(byte[] raw, int firstBit, int count) {
    int[] samples = new int[count];
    for (int i = 0; i < count; i++) {
      int bit = firstBit + i;
      samples[i] = (raw[bit >>> 3] >>> (bit & 7)) & 1;
    }
    return samples;
  }
}
