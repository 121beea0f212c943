package org.cryows.samples.ultrasound;

import org.apache.commons.math3.util.FastMath;

/**
 * How a cine moves: its frames and frame time, the heart rate the arteries pulse at, the probe's
 * slow sweep across the skin and the pleura's slide (breathing). Sweep and slide are one sine
 * period over the cine and the heart beats a whole number of times, so the cine loops without a
 * jump.
 *
 * @param frames number of frames
 * @param frameTimeMs time between frames
 * @param heartRateBpm beats per minute
 * @param sweepMm half the peak-to-peak lateral sweep of the probe
 * @param slideMm half the peak-to-peak slide of the pleura under the ribs
 * @param seed seeds the speckle and the noise
 */
public record CineSpec(
    int frames, double frameTimeMs, int heartRateBpm, double sweepMm, double slideMm, long seed) {

  public CineSpec {
    if (frames < 1 || !(frameTimeMs > 0) || heartRateBpm < 1 || sweepMm < 0 || slideMm < 0) {
      throw new IllegalArgumentException("a cine has frames, a frame time and a heart rate");
    }
    double beats = frames * frameTimeMs / 60_000.0 * heartRateBpm;
    if (Math.abs(beats - Math.rint(beats)) > 1e-9) {
      throw new IllegalArgumentException(
          "the cine should hold a whole number of heart beats to loop, not " + beats);
    }
  }

  public double loopMs() {
    return frames * frameTimeMs;
  }

  public double timeMs(int frame) {
    return frame * frameTimeMs;
  }

  /** Where the probe stands at a time: lateral offset, mm. */
  public double probeOffsetMm(double timeMs) {
    return sweepMm * FastMath.sin(2 * Math.PI * timeMs / loopMs());
  }

  /** How far the pleura has slid at a time, mm. */
  public double pleuraSlideMm(double timeMs) {
    return slideMm * FastMath.sin(2 * Math.PI * timeMs / loopMs());
  }

  /**
   * The arterial pulse, 0 at end-diastole to 1 at the systolic peak: a quick rise over the first 12
   * % of the beat, then an exponential fall.
   */
  public double pulseWave(double timeMs) {
    double beatMs = 60_000.0 / heartRateBpm;
    double phase = (timeMs % beatMs) / beatMs;
    if (phase < 0.12) {
      double s = FastMath.sin(Math.PI / 2 * phase / 0.12);
      return s * s;
    }
    return FastMath.exp(-(phase - 0.12) / 0.25);
  }
}
