package org.cryows.imaging.write;

/**
 * One grey frame of 16-bit allocated, unsigned stored values (MONOCHROME2), row by row. Immutable.
 *
 * @see CtSlice
 */
public final class Pixels16 {
  private final int columns;
  private final int rows;
  private final int bitsStored;
  private final short[] stored;

  /**
   * @param stored {@code columns * rows} values, each within {@code bitsStored} unsigned bits
   */
  public Pixels16(int columns, int rows, int bitsStored, short[] stored) {
    if (columns < 1 || rows < 1 || stored.length != columns * rows) {
      throw new IllegalArgumentException(
          stored.length + " values do not fill " + columns + " x " + rows + " pixels");
    }
    if (bitsStored < 8 || bitsStored > 16) {
      throw new IllegalArgumentException("bits stored from 8 to 16, not " + bitsStored);
    }
    int max = (1 << bitsStored) - 1;
    for (int i = 0; i < stored.length; i++) {
      int value = Short.toUnsignedInt(stored[i]);
      if (value > max) {
        throw new IllegalArgumentException(
            "pixel " + i + " holds " + value + ", more than " + bitsStored + " bits");
      }
    }
    this.columns = columns;
    this.rows = rows;
    this.bitsStored = bitsStored;
    this.stored = stored.clone();
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int bitsStored() {
    return bitsStored;
  }

  /** The stored values, a copy. */
  public short[] stored() {
    return stored.clone();
  }
}
