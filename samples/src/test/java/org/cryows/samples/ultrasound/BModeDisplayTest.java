package org.cryows.samples.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BModeDisplayTest {

  @Test
  void compress_mapsSixtyDecibelsOntoTheGreyScale() {
    double reference = 1000;
    float[] envelope = {1000f, 2000f, (float) (1000 * Math.pow(10, -15 / 20.0)), 1f, 0.5f, 0f};
    byte[] grey = BModeDisplay.compress(envelope, reference, 60);
    assertEquals(255, grey[0] & 0xFF, "E_ref is white");
    assertEquals(255, grey[1] & 0xFF, "brighter than E_ref stays white");
    assertEquals(191, grey[2] & 0xFF, "-15 dB: 255 x 45 / 60 = 191.25");
    assertEquals(0, grey[3] & 0xFF, "-60 dB is black");
    assertEquals(0, grey[4] & 0xFF, "below the range stays black");
    assertEquals(0, grey[5] & 0xFF);
  }

  @Test
  void percentile_byNearestRankOverEveryFourthValue() {
    float[] values = new float[4000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    // Every fourth value: 0, 4, ..., 3996 (1000 values); the 99.5th by nearest rank is the 995th.
    assertEquals(3976, BModeDisplay.percentile(List.of(values), 99.5), 1e-9);
  }

  @Test
  void addNoise_isComplexGaussianOfTheGivenRms() {
    float[] zero = new float[200_000];
    BModeDisplay.addNoise(List.of(zero), 2.0, 5);
    double power = 0;
    for (float v : zero) {
      power += v * (double) v;
    }
    assertEquals(4.0, power / zero.length, 0.05, "mean |n|^2 = rms^2");
  }
}
