package org.cryows.imaging.adapter;

import java.util.List;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Where a file's pixel data lies, found by walking the data set without reading any value: the
 * transfer syntax, and either the native value (offset and length) or the encapsulated fragments
 * with the Basic Offset Table (PS3.5 A.4). Positions are in the data set's bytes (the file, or the
 * inflated data set of a deflated file).
 */
record PixelDataLayout(
    TransferSyntax syntax,
    String pixelDataVr,
    long valueOffset,
    long valueLength,
    List<Fragment> fragments,
    long[] basicOffsetTable) {

  /** One fragment item: its item tag's position, and its value's position and length. */
  record Fragment(long itemOffset, long valueOffset, int length) {}

  boolean encapsulated() {
    return fragments != null;
  }
}
