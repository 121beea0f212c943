package org.cryows.samples.ultrasound;

/** Deterministic pseudo-random numbers from integers (SplitMix64's finaliser), for textures. */
final class Hashes {
  private Hashes() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A number in [0, 1) from a seed and two integers. */
  static double unit(long seed, long a, long b) {
    long h = mix(seed * 0x9E3779B97F4A7C15L + mix(a * 0xC2B2AE3D27D4EB4FL + mix(b)));
    return (h >>> 11) * 0x1.0p-53;
  }
}
