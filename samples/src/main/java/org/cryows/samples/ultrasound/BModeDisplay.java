package org.cryows.samples.ultrasound;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.util.FastMath;

/**
 * The last steps of ../shared/design/ULTRASOUND-SYNTH.md for a whole cine: electronic noise at a
 * floor below the brightest echoes (the 99.5th percentile of the envelope, which the display shows
 * as white: the single brightest pixel is too unstable a reference), then log compression to 8-bit
 * grey, dB = 20 log10(E / E_ref) with E_ref the 99.5th percentile of the cine's envelopes and grey
 * = 255 * clamp((dB + DR) / DR, 0, 1). One E_ref for every frame, as a scanner's gain stays put
 * while a cine is recorded.
 *
 * <p>The noise is added after the time-gain compensation, as the floor the display shows: added
 * before it, the 40 dB of gain at 3 cm would lift it over the tissue, which a scanner's preset
 * avoids. It is complex noise, so the envelope of signal plus noise is Rician, and new in each
 * frame (a seeded generator per cine).
 */
public final class BModeDisplay {
  /** The percentile of the envelope shown as white. */
  static final double REFERENCE_PERCENTILE = 99.5;

  private BModeDisplay() {}

  /**
   * Adds complex Gaussian noise of rms {@code noiseRms} to each envelope in place: E becomes |E +
   * n|. Frame i's noise comes from {@code seed} and i only.
   */
  public static void addNoise(List<float[]> envelopes, double noiseRms, long seed) {
    double perComponent = noiseRms / Math.sqrt(2);
    for (int f = 0; f < envelopes.size(); f++) {
      var random = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), f});
      float[] e = envelopes.get(f);
      for (int i = 0; i < e.length; i++) {
        double re = e[i] + perComponent * random.nextGaussian();
        double im = perComponent * random.nextGaussian();
        e[i] = (float) Math.sqrt(re * re + im * im);
      }
    }
  }

  /**
   * The {@code percentile} (0-100) of the envelopes' values, by nearest rank over every fourth
   * value (a cine holds millions; the estimate moves by far less than a grey level).
   */
  public static double percentile(List<float[]> envelopes, double percentile) {
    int stride = 4;
    int total = envelopes.stream().mapToInt(e -> (e.length + stride - 1) / stride).sum();
    float[] all = new float[total];
    int at = 0;
    for (float[] e : envelopes) {
      for (int i = 0; i < e.length; i += stride) {
        all[at++] = e[i];
      }
    }
    Arrays.sort(all);
    int rank = (int) Math.ceil(percentile / 100 * total) - 1;
    return all[Math.max(0, Math.min(total - 1, rank))];
  }

  /** 8-bit grey of one envelope: 20 log10(E / eRef) over {@code dynamicRangeDb}. */
  public static byte[] compress(float[] envelope, double eRef, double dynamicRangeDb) {
    byte[] grey = new byte[envelope.length];
    double scale = 255 / dynamicRangeDb;
    for (int i = 0; i < envelope.length; i++) {
      double value = envelope[i];
      if (value <= 0) {
        continue;
      }
      double db = 20 * FastMath.log10(value / eRef);
      double g = (db + dynamicRangeDb) * scale;
      grey[i] = (byte) (g <= 0 ? 0 : g >= 255 ? 255 : (int) (g + 0.5));
    }
    return grey;
  }

  /** Envelope to decibels relative to {@code eRef}, for tests and truth checks. */
  public static double decibels(double envelope, double eRef) {
    return 20 * FastMath.log10(envelope / eRef);
  }
}
