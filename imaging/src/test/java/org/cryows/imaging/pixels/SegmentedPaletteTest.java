package org.cryows.imaging.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentedPaletteTest {

  @Test
  void expand_discreteLinearAndIndirect_givesTheHandComputedTable() {
    int[] data = {
      0,
      2,
      10,
      20, // word 0: discrete 10, 20
      1,
      4,
      60, // word 4: linear from 20 to 60 in 4 steps: 30, 40, 50, 60
      2,
      2,
      0,
      0 // word 7: indirect, replay 2 segments from word 0: 10, 20, then 20 -> 60 again
    };
    int[] expected = {10, 20, 30, 40, 50, 60, 10, 20, 30, 40, 50, 60};
    assertArrayEquals(expected, SegmentedPalette.expand(data, 12));
  }

  @Test
  void expand_linearRampRoundsToNearest() {
    // 0 to 10 over 3 entries: 3.33, 6.67, 10
    assertArrayEquals(
        new int[] {0, 3, 7, 10}, SegmentedPalette.expand(new int[] {0, 1, 0, 1, 3, 10}, 4));
  }

  @Test
  void expand_malformedData_isRefusedWithTheReason() {
    IllegalArgumentException first =
        assertThrows(
            IllegalArgumentException.class, () -> SegmentedPalette.expand(new int[] {1, 2, 5}, 2));
    assertTrue(first.getMessage().contains("first segment cannot be linear"));
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class, () -> SegmentedPalette.expand(new int[] {7, 1, 1}, 1));
    assertTrue(unknown.getMessage().contains("unknown segment type 7"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SegmentedPalette.expand(new int[] {0, 3, 1, 2, 3}, 2));
    // an indirect segment pointing at itself would loop forever; it is refused
    assertThrows(
        IllegalArgumentException.class,
        () -> SegmentedPalette.expand(new int[] {0, 1, 5, 2, 1, 3, 0}, 10));
  }
}
