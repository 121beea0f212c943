package org.cryows.imaging.adapter;

import java.util.List;
import java.util.Optional;
import org.cryows.imaging.pixels.TransferSyntax;

/**
 * Where a file's pixel data lies, found by walking the data set without reading any value: the
 * transfer syntax, and either the native value (offset and length) or the encapsulated fragments
 * with the Basic Offset Table (PS3.5 A.4). Positions are in the data set's bytes (the file, or the
 * inflated data set of a deflated file).
 *
 * <p>Pixel data damaged part way (the file cut inside it, a fragment item whose tag or length is
 * wrong) is not an error here: the layout holds what lies before the damage, and {@code damage}
 * says where and why it stopped, so that the frames before it can still be shown.
 *
 * @param valueLength for native data, the bytes of the value present in the file (less than
 *     declared when the file is cut)
 * @param fragments the whole fragment items met before any damage, in order
 * @param firstItemOffset where the item after the Basic Offset Table starts, which the table's
 *     offsets count from
 * @param damage why the pixel data ends early, with the byte position; empty when whole
 */
record PixelDataLayout(
    TransferSyntax syntax,
    String pixelDataVr,
    long valueOffset,
    long valueLength,
    List<Fragment> fragments,
    long[] basicOffsetTable,
    long firstItemOffset,
    Optional<String> damage) {

  /** One fragment item: its item tag's position, and its value's position and length. */
  record Fragment(long itemOffset, long valueOffset, int length) {}

  boolean encapsulated() {
    return fragments != null;
  }
}
