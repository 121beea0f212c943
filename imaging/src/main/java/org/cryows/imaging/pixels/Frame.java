package org.cryows.imaging.pixels;

import java.util.Arrays;

/**
 * One decoded frame: the stored values of every sample, row by row, samples of a pixel next to each
 * other (planar configuration 0, whatever the file used). Values are as stored, before any rescale
 * or look-up table; {@link #photometric()} says what the samples are after decoding (a JPEG codec
 * may already have converted YBR to RGB, and says so here).
 */
public final class Frame {

  private final int rows;
  private final int columns;
  private final int samplesPerPixel;
  private final String photometric;
  private final int bitsStored;
  private final boolean signed;
  private final int[] samples;

  public Frame(
      int rows,
      int columns,
      int samplesPerPixel,
      String photometric,
      int bitsStored,
      boolean signed,
      int[] samples) {
    if (rows <= 0 || columns <= 0 || samplesPerPixel <= 0) {
      throw new IllegalArgumentException(
          "a frame has positive rows, columns and samples per pixel, not "
              + rows
              + " x "
              + columns
              + " x "
              + samplesPerPixel);
    }
    long expected = (long) rows * columns * samplesPerPixel;
    if (samples.length != expected) {
      throw new IllegalArgumentException(
          "a "
              + rows
              + " x "
              + columns
              + " x "
              + samplesPerPixel
              + " frame has "
              + expected
              + " samples, not "
              + samples.length);
    }
    this.rows = rows;
    this.columns = columns;
    this.samplesPerPixel = samplesPerPixel;
    this.photometric = photometric;
    this.bitsStored = bitsStored;
    this.signed = signed;
    this.samples = samples.clone();
  }

  public int rows() {
    return rows;
  }

  public int columns() {
    return columns;
  }

  public int samplesPerPixel() {
    return samplesPerPixel;
  }

  public String photometric() {
    return photometric;
  }

  public int bitsStored() {
    return bitsStored;
  }

  public boolean signed() {
    return signed;
  }

  /** The stored value of sample {@code s} of the pixel at {@code row}, {@code column}. */
  public int sample(int row, int column, int s) {
    return samples[(row * columns + column) * samplesPerPixel + s];
  }

  /** All samples, in the order described above; a copy. */
  public int[] copySamples() {
    return samples.clone();
  }

  public int sampleCount() {
    return samples.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Frame f
        && rows == f.rows
        && columns == f.columns
        && samplesPerPixel == f.samplesPerPixel
        && bitsStored == f.bitsStored
        && signed == f.signed
        && photometric.equals(f.photometric)
        && Arrays.equals(samples, f.samples);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(samples) + rows * 7 + columns;
  }

  @Override
  public String toString() {
    return "Frame[" + rows + "x" + columns + "x" + samplesPerPixel + " " + photometric + "]";
  }
}
