package org.cryows.imaging.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.junit.jupiter.api.Test;

class StoredSamplesTest {

  @Test
  void unpack_signed12BitLittleEndian_signExtendsAndDropsOverlayBits() {
    PixelDescription d = description(1, 2, 1, 16, 12, 11, 1, 0, "MONOCHROME2");
    // 0x0FFF -> -1; 0xF800 with bits above 11 set (overlay) -> 0x800 -> -2048
    byte[] bytes = {(byte) 0xFF, 0x0F, 0x00, (byte) 0xF8};
    assertArrayEquals(new int[] {-1, -2048}, StoredSamples.unpack(bytes, 0, d, false));
  }

  @Test
  void unpack_bigEndianUnsigned16() {
    PixelDescription d = description(1, 2, 1, 16, 16, 15, 0, 0, "MONOCHROME2");
    byte[] bytes = {0x01, 0x02, (byte) 0xFF, (byte) 0xFE};
    assertArrayEquals(new int[] {0x0102, 0xFFFE}, StoredSamples.unpack(bytes, 0, d, true));
  }

  @Test
  void unpack_highBitAboveBitsStored_shiftsDown() {
    // 8 bits stored in bits 4..11 of a 16-bit word
    PixelDescription d = description(1, 1, 1, 16, 8, 11, 0, 0, "MONOCHROME2");
    byte[] bytes = {(byte) 0xA0, 0x0B};
    assertArrayEquals(new int[] {0xBA}, StoredSamples.unpack(bytes, 0, d, false));
  }

  @Test
  void unpack_planarRgb_isInterleaved() {
    PixelDescription d = description(1, 2, 3, 8, 8, 7, 0, 1, "RGB");
    byte[] bytes = {1, 2, 10, 20, 100, (byte) 200};
    assertArrayEquals(new int[] {1, 10, 100, 2, 20, 200}, StoredSamples.unpack(bytes, 0, d, false));
  }

  @Test
  void unpack_oneBitSamples_leastSignificantBitFirst() {
    PixelDescription d = description(1, 10, 1, 1, 1, 0, 0, 0, "MONOCHROME2");
    byte[] bytes = {(byte) 0b1000_0101, 0b10};
    assertArrayEquals(
        new int[] {1, 0, 1, 0, 0, 0, 0, 1, 0, 1}, StoredSamples.unpack(bytes, 0, d, false));
  }

  @Test
  void unpackYbr422_sharesChromaBetweenPairs() {
    PixelDescription d = description(1, 2, 3, 8, 8, 7, 0, 0, "YBR_FULL_422");
    byte[] bytes = {10, 20, 30, 40};
    assertArrayEquals(new int[] {10, 30, 40, 20, 30, 40}, StoredSamples.unpackYbr422(bytes, 0, d));
  }

  static PixelDescription description(
      int rows,
      int columns,
      int samples,
      int allocated,
      int stored,
      int highBit,
      int representation,
      int planar,
      String photometric) {
    return PixelDescription.of(
        header(
                rows,
                columns,
                samples,
                allocated,
                stored,
                highBit,
                representation,
                planar,
                photometric)
            .build(),
        null);
  }

  static InMemoryDataset.Builder header(
      int rows,
      int columns,
      int samples,
      int allocated,
      int stored,
      int highBit,
      int representation,
      int planar,
      String photometric) {
    return InMemoryDataset.builder("test")
        .put(Tags.ROWS, rows)
        .put(Tags.COLUMNS, columns)
        .put(Tags.SAMPLES_PER_PIXEL, samples)
        .put(Tags.PHOTOMETRIC_INTERPRETATION, photometric)
        .put(Tags.BITS_ALLOCATED, allocated)
        .put(Tags.BITS_STORED, stored)
        .put(Tags.HIGH_BIT, highBit)
        .put(Tags.PIXEL_REPRESENTATION, representation)
        .put(Tags.PLANAR_CONFIGURATION, planar);
  }
}
