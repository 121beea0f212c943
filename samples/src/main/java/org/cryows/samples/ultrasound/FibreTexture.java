package org.cryows.samples.ultrasound;

import org.apache.commons.math3.util.FastMath;

/**
 * Bright lines on a darker ground, as tissue made of bundles shows on ultrasound: muscle's
 * perimysium (lines along the fibres), fat's septa (sparser, wavier), a tendon's fibrils (close and
 * parallel). Lines run at an angle, spaced with some jitter, gently waving, each of its own
 * brightness and broken into segments. Deterministic: the seed fixes the pattern.
 *
 * @param angleDeg direction of the lines, degrees down from the image's x axis
 * @param spacingMm mean distance between lines
 * @param lineWidthMm width of a line (1/e)
 * @param ground multiplier between lines
 * @param line multiplier at the middle of a full-brightness line
 * @param waveMm amplitude of the lines' waving
 * @param wavelengthMm its wavelength along the line
 * @param segmentMm mean length of a line segment
 * @param gapFraction fraction of segments left out
 */
public record FibreTexture(
    double angleDeg,
    double spacingMm,
    double lineWidthMm,
    double ground,
    double line,
    double waveMm,
    double wavelengthMm,
    double segmentMm,
    double gapFraction,
    long seed)
    implements Texture {

  public FibreTexture {
    if (!(spacingMm > 0) || !(lineWidthMm > 0) || !(wavelengthMm > 0) || !(segmentMm > 0)) {
      throw new IllegalArgumentException("spacing, width, wavelength and segment are positive");
    }
  }

  /** Skeletal muscle seen along its fibres: perimysium lines about 1 mm apart. */
  public static FibreTexture muscle(double angleDeg, long seed) {
    return new FibreTexture(angleDeg, 0.9, 0.11, 0.6, 2.4, 0.15, 9, 7, 0.2, seed);
  }

  /** Subcutaneous fat: bright wavy septa between dark lobules. */
  public static FibreTexture fat(double angleDeg, long seed) {
    return new FibreTexture(angleDeg, 1.8, 0.1, 0.7, 4.0, 0.5, 5, 3.5, 0.4, seed);
  }

  /** Tendon or ligament: tight parallel fibrils. */
  public static FibreTexture tendon(double angleDeg, long seed) {
    return new FibreTexture(angleDeg, 0.45, 0.1, 0.45, 2.2, 0.05, 12, 6, 0.15, seed);
  }

  /**
   * This texture laid along a curve instead of the image's x axis: the lines follow the curve (a
   * ligament along its bone, a muscle under its fascia), {@code angleDeg} then measured from it.
   */
  public Texture along(DepthCurve reference) {
    return (u, y) -> multiplier(u, y - reference.depthMm(u));
  }

  @Override
  public float multiplier(double uMm, double yMm) {
    double angle = Math.toRadians(angleDeg);
    double cos = FastMath.cos(angle);
    double sin = FastMath.sin(angle);
    double along = uMm * cos + yMm * sin;
    double across = -uMm * sin + yMm * cos;
    long nearest = Math.round(across / spacingMm);
    double best = Double.MAX_VALUE;
    double brightness = 0;
    for (long k = nearest - 1; k <= nearest + 1; k++) {
      double phase = 2 * Math.PI * Hashes.unit(seed, k, 1);
      double centre =
          (k + 0.6 * (Hashes.unit(seed, k, 2) - 0.5)) * spacingMm
              + waveMm * FastMath.sin(2 * Math.PI * along / wavelengthMm + phase);
      double distance = Math.abs(across - centre);
      if (distance < best) {
        double offset = segmentMm * Hashes.unit(seed, k, 3);
        long segment = (long) Math.floor((along + offset) / segmentMm);
        boolean gap = Hashes.unit(seed, k, 1000 + segment) < gapFraction;
        best = distance;
        brightness = gap ? 0 : 0.5 + 0.7 * Hashes.unit(seed, k, 4);
      }
    }
    double d = best / lineWidthMm;
    return (float) (ground + (line - ground) * brightness * FastMath.exp(-d * d));
  }
}
