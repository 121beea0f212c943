package org.cryows.samples.ultrasound;

import org.apache.commons.math3.random.Well19937c;

/**
 * The scatterers of a piece of tissue: one complex Gaussian per pixel, (n1 + i n2) / sqrt(2) with
 * n1, n2 standard normal, from a seeded generator, so the same seed gives the same field. One
 * scatterer per pixel gives fully developed speckle. The field is fixed to the tissue: a moving
 * probe reads it at a moving offset, so the speckle moves with the anatomy rather than flickering.
 */
public final class SpeckleField {
  private static final double INV_SQRT2 = 1 / Math.sqrt(2);

  private final int columns;
  private final int rows;
  private final float[] re;
  private final float[] im;

  public SpeckleField(int columns, int rows, long seed) {
    this.columns = columns;
    this.rows = rows;
    this.re = new float[columns * rows];
    this.im = new float[columns * rows];
    var random = new Well19937c(seed);
    for (int i = 0; i < re.length; i++) {
      re[i] = (float) (random.nextGaussian() * INV_SQRT2);
      im[i] = (float) (random.nextGaussian() * INV_SQRT2);
    }
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  float re(int row, int column) {
    return re[row * columns + Math.floorMod(column, columns)];
  }

  float im(int row, int column) {
    return im[row * columns + Math.floorMod(column, columns)];
  }
}
