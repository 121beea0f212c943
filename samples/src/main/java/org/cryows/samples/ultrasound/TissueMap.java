package org.cryows.samples.ultrasound;

import java.util.Arrays;

/**
 * A label map: which tissue lies at each pixel (row down, column across), and a backscatter
 * multiplier per pixel for texture inside a tissue (muscle striation, fat septa, tendon fibrils). A
 * working buffer, mutable, owned by one thread.
 */
public final class TissueMap {
  private final int columns;
  private final int rows;
  private final byte[] tissue;
  private final float[] texture;

  public TissueMap(int columns, int rows, Tissue fill) {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException("a map has pixels: " + columns + " x " + rows);
    }
    this.columns = columns;
    this.rows = rows;
    this.tissue = new byte[columns * rows];
    this.texture = new float[columns * rows];
    Arrays.fill(tissue, (byte) fill.ordinal());
    Arrays.fill(texture, 1f);
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public Tissue tissue(int row, int column) {
    return Tissue.of(tissue[row * columns + column]);
  }

  int tissueOrdinal(int index) {
    return tissue[index];
  }

  float textureAt(int index) {
    return texture[index];
  }

  public void set(int row, int column, Tissue t) {
    tissue[row * columns + column] = (byte) t.ordinal();
  }

  public void set(int row, int column, Tissue t, float backscatterMultiplier) {
    int i = row * columns + column;
    tissue[i] = (byte) t.ordinal();
    texture[i] = backscatterMultiplier;
  }

  /** Copies {@code width} columns of {@code source} from {@code firstColumn} into this map. */
  public void copyColumnsFrom(TissueMap source, int firstColumn) {
    if (source.rows != rows || firstColumn < 0 || firstColumn + columns > source.columns) {
      throw new IllegalArgumentException(
          "columns "
              + firstColumn
              + " to "
              + (firstColumn + columns - 1)
              + " are not inside a "
              + source.columns
              + " x "
              + source.rows
              + " map");
    }
    for (int r = 0; r < rows; r++) {
      System.arraycopy(
          source.tissue, r * source.columns + firstColumn, tissue, r * columns, columns);
      System.arraycopy(
          source.texture, r * source.columns + firstColumn, texture, r * columns, columns);
    }
  }
}
