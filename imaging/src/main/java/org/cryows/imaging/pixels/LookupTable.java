package org.cryows.imaging.pixels;

import java.util.Arrays;

/**
 * A DICOM look-up table (VOI LUT or one channel of a palette): input values from {@code
 * firstMapped} on map to the entries in order; inputs below the first or above the last entry take
 * the first or last entry (PS3.3 C.11.2.1.1, C.7.6.3.1.5).
 */
public record LookupTable(int firstMapped, int bitsPerEntry, int[] entries, String explanation) {

  public LookupTable {
    if (entries.length == 0) {
      throw new IllegalArgumentException("a look-up table has at least one entry");
    }
    if (bitsPerEntry < 1 || bitsPerEntry > 16) {
      throw new IllegalArgumentException(
          "a look-up table entry has 1 to 16 bits, not " + bitsPerEntry);
    }
    entries = entries.clone();
    explanation = explanation == null ? "" : explanation;
  }

  /** The entry for {@code input}, clamped to the table's range. */
  public int lookUp(int input) {
    int index = input - firstMapped;
    if (index <= 0) {
      return entries[0];
    }
    return index >= entries.length ? entries[entries.length - 1] : entries[index];
  }

  /** The entry for {@code input} scaled to 0..255 from the table's entry range. */
  public int lookUp8(int input) {
    int value = lookUp(input);
    return bitsPerEntry > 8 ? value >>> (bitsPerEntry - 8) : value << (8 - bitsPerEntry);
  }

  public int size() {
    return entries.length;
  }

  @Override
  public int[] entries() {
    return entries.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LookupTable t
        && firstMapped == t.firstMapped
        && bitsPerEntry == t.bitsPerEntry
        && Arrays.equals(entries, t.entries)
        && explanation.equals(t.explanation);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(entries) * 31 + firstMapped;
  }

  @Override
  public String toString() {
    return "LookupTable["
        + entries.length
        + " entries from "
        + firstMapped
        + ", "
        + bitsPerEntry
        + " bits]";
  }
}
