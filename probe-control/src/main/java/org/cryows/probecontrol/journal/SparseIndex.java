package org.cryows.probecontrol.journal;

import java.util.Arrays;

/**
 * The session time and file offset of every {@value #STRIDE}th record, built while verifying a
 * journal on open. A seek binary-searches it, then walks at most {@value #STRIDE} frames: O(log n)
 * with a few kilobytes per hour of telemetry.
 */
final class SparseIndex {
  static final int STRIDE = 64;

  private long[] tMs = new long[256];
  private long[] offsets = new long[256];
  private int size;

  /** Offers record {@code index}; kept when it falls on the stride. */
  void offer(long index, long recordTMs, long offset) {
    if (index % STRIDE != 0) {
      return;
    }
    if (size == tMs.length) {
      tMs = Arrays.copyOf(tMs, size * 2);
      offsets = Arrays.copyOf(offsets, size * 2);
    }
    tMs[size] = recordTMs;
    offsets[size] = offset;
    size++;
  }

  int size() {
    return size;
  }

  /**
   * The entry to start a seek for {@code targetTMs} from: the last entry whose time is before the
   * target (the first record at or after the target lies within one stride after it), or entry 0.
   */
  int startEntryFor(long targetTMs) {
    int low = 0;
    int high = size - 1;
    int found = 0;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (tMs[mid] < targetTMs) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  long recordIndexOf(int entry) {
    return (long) entry * STRIDE;
  }

  long offsetOf(int entry) {
    return offsets[entry];
  }
}
