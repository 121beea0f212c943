package org.cryows.imaging.write;

import java.util.List;

/** Frames of 8-bit grey pixels (MONOCHROME2), row by row, all of one size. Immutable. */
public final class GreyFrames {
  private final int columns;
  private final int rows;
  private final int count;
  private final byte[] pixels;

  private GreyFrames(int columns, int rows, int count, byte[] pixels) {
    this.columns = columns;
    this.rows = rows;
    this.count = count;
    this.pixels = pixels;
  }

  /**
   * @param frames each {@code columns * rows} bytes, row by row
   */
  public static GreyFrames of(int columns, int rows, List<byte[]> frames) {
    if (columns < 1 || rows < 1 || frames.isEmpty()) {
      throw new IllegalArgumentException(
          "frames need a size and at least one frame: "
              + columns
              + " x "
              + rows
              + ", "
              + frames.size()
              + " frames");
    }
    int frameBytes = Math.multiplyExact(columns, rows);
    byte[] all = new byte[Math.multiplyExact(frameBytes, frames.size())];
    for (int i = 0; i < frames.size(); i++) {
      byte[] frame = frames.get(i);
      if (frame.length != frameBytes) {
        throw new IllegalArgumentException(
            "frame " + (i + 1) + " has " + frame.length + " bytes, not " + frameBytes);
      }
      System.arraycopy(frame, 0, all, i * frameBytes, frameBytes);
    }
    return new GreyFrames(columns, rows, frames.size(), all);
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int count() {
    return count;
  }

  /** One frame (from 0), a copy. */
  public byte[] frame(int index) {
    int frameBytes = columns * rows;
    byte[] frame = new byte[frameBytes];
    System.arraycopy(pixels, index * frameBytes, frame, 0, frameBytes);
    return frame;
  }

  /** Every frame, one after the other: the Pixel Data value. A copy. */
  public byte[] allPixels() {
    return pixels.clone();
  }
}
