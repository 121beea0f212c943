package org.cryows.imaging.pixels;

import java.util.Arrays;

/**
 * Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2) into plain entries: discrete
 * segments (opcode 0) copy their values, linear segments (1) ramp from the previous entry to their
 * end value, indirect segments (2) replay earlier segments found at a word offset into the data (a
 * 32-bit offset in two words, low word first, read as pydicom reads it).
 */
public final class SegmentedPalette {

  private static final int MAX_DEPTH = 8;

  private SegmentedPalette() {}

  /**
   * The expanded table, exactly {@code expectedEntries} long.
   *
   * @throws IllegalArgumentException naming the segment that is malformed
   */
  public static int[] expand(int[] segmented, int expectedEntries) {
    Expansion out = new Expansion(expectedEntries);
    expandFrom(segmented, 0, Integer.MAX_VALUE, out, 0);
    if (out.size != expectedEntries) {
      throw new IllegalArgumentException(
          "segmented palette expands to "
              + out.size
              + " entries, the descriptor declares "
              + expectedEntries);
    }
    return Arrays.copyOf(out.values, out.size);
  }

  private static void expandFrom(int[] data, int start, int maxSegments, Expansion out, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("segmented palette: indirect segments nest too deeply");
    }
    int offset = start;
    int segments = 0;
    // offset + 1 < length: a trailing pad word is not a segment.
    while (offset + 1 < data.length && segments < maxSegments) {
      int opcode = data[offset];
      int length = data[offset + 1];
      offset += 2;
      switch (opcode) {
        case 0 -> {
          if (offset + length > data.length) {
            throw new IllegalArgumentException(
                "segmented palette: discrete segment at word "
                    + (offset - 2)
                    + " runs past the data");
          }
          for (int i = 0; i < length; i++) {
            out.add(data[offset + i]);
          }
          offset += length;
        }
        case 1 -> {
          if (out.size == 0) {
            throw new IllegalArgumentException(
                "segmented palette: the first segment cannot be linear");
          }
          if (offset >= data.length) {
            throw new IllegalArgumentException(
                "segmented palette: linear segment without end value");
          }
          int y0 = out.last();
          int y1 = data[offset++];
          for (int i = 1; i <= length; i++) {
            out.add((int) Math.round(y0 + (double) (y1 - y0) * i / length));
          }
        }
        case 2 -> {
          if (out.size == 0) {
            throw new IllegalArgumentException(
                "segmented palette: the first segment cannot be indirect");
          }
          if (offset + 1 >= data.length) {
            throw new IllegalArgumentException(
                "segmented palette: indirect segment without offset");
          }
          long target = (data[offset] & 0xFFFFL) | ((data[offset + 1] & 0xFFFFL) << 16);
          offset += 2;
          if (target >= data.length || target >= offset - 4) {
            throw new IllegalArgumentException(
                "segmented palette: indirect segment points to word "
                    + target
                    + ", not to an earlier segment");
          }
          expandFrom(data, (int) target, length, out, depth + 1);
        }
        default ->
            throw new IllegalArgumentException(
                "segmented palette: unknown segment type " + opcode + " at word " + (offset - 2));
      }
      segments++;
    }
  }

  private static final class Expansion {
    private final int limit;
    private int[] values = new int[256];
    private int size;

    Expansion(int limit) {
      this.limit = limit;
    }

    void add(int value) {
      if (size >= limit) {
        throw new IllegalArgumentException(
            "segmented palette expands past the " + limit + " entries its descriptor declares");
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, Math.min(limit, values.length * 2));
      }
      values[size++] = value;
    }

    int last() {
      return values[size - 1];
    }
  }
}
