package org.cryows.ui.viewer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Frames resized for the screen keep pixel centres on pixel centres. */
class ScreenScalingTest {

  private static int grey(int v) {
    return 0xFF000000 | v << 16 | v << 8 | v;
  }

  @Test
  void nearest_tripled_repeatsEachPixelThreeTimes() {
    int[] source = {grey(10), grey(20), grey(30), grey(40)};
    int[] out = ScreenScaling.nearest(source, 2, 2, 6, 6);
    assertEquals(grey(10), out[0]);
    assertEquals(grey(10), out[2]);
    assertEquals(grey(20), out[3]);
    assertEquals(grey(30), out[3 * 6]);
    assertEquals(grey(40), out[5 * 6 + 5]);
  }

  @Test
  void bilinear_doubled_interpolatesBetweenCentres() {
    int[] source = {grey(0), grey(100)};
    int[] out = ScreenScaling.bilinear(source, 2, 1, 4, 1);
    // Screen pixel centres at source x = -0.25, 0.25, 0.75, 1.25: clamped, 25 %, 75 %, clamped.
    assertEquals(grey(0), out[0]);
    assertEquals(grey(25), out[1]);
    assertEquals(grey(75), out[2]);
    assertEquals(grey(100), out[3]);
  }

  @Test
  void bilinear_sameSize_isTheSource() {
    int[] source = {grey(1), grey(2), grey(3), grey(4), grey(5), grey(6)};
    assertEquals(
        java.util.List.of(1, 2, 3, 4, 5, 6).stream().map(ScreenScalingTest::grey).toList(),
        java.util.Arrays.stream(ScreenScaling.bilinear(source, 3, 2, 3, 2)).boxed().toList());
  }

  @Test
  void bilinear_shrunkFourTimes_averagesEveryPixel() {
    int[] source = new int[16];
    for (int i = 0; i < 16; i++) {
      source[i] = grey(i % 2 == 0 ? 0 : 200);
    }
    int[] out = ScreenScaling.bilinear(source, 4, 4, 1, 1);
    assertEquals(grey(100), out[0]);
  }
}
