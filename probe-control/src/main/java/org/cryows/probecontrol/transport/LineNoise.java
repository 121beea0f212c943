package org.cryows.probecontrol.transport;

import java.util.SplittableRandom;

/**
 * What a line does to each byte in transit: passes it, changes it, drops it or adds stray bytes.
 * Used by {@link NoisyBytePort} to inject the simulator's {@code LINE_NOISE} and {@code COMM_LOSS}
 * faults on any port. Implementations need not be thread-safe: the noisy port calls them under its
 * write lock.
 */
@FunctionalInterface
public interface LineNoise {

  /** Receives the bytes that reach the far end. */
  @FunctionalInterface
  interface ByteSink {
    void put(byte b);
  }

  /** Sends one byte over the line into {@code farEnd}: zero, one or several bytes arrive. */
  void transmit(byte b, ByteSink farEnd);

  /** A clean line. */
  LineNoise NONE = (b, farEnd) -> farEnd.put(b);

  /** A cut line: nothing arrives (communication loss). */
  LineNoise CUT = (b, farEnd) -> {};

  /**
   * Random independent errors per byte, reproducible from {@code seed}: a flipped bit, a dropped
   * byte, or a stray byte inserted before it.
   */
  static LineNoise random(
      long seed, double flipProbability, double dropProbability, double insertProbability) {
    requireProbability(flipProbability, "flipProbability");
    requireProbability(dropProbability, "dropProbability");
    requireProbability(insertProbability, "insertProbability");
    var random = new SplittableRandom(seed);
    return (b, farEnd) -> {
      if (random.nextDouble() < insertProbability) {
        farEnd.put((byte) random.nextInt(256));
      }
      if (random.nextDouble() < dropProbability) {
        return;
      }
      if (random.nextDouble() < flipProbability) {
        farEnd.put((byte) (b ^ (1 << random.nextInt(8))));
      } else {
        farEnd.put(b);
      }
    };
  }

  private static void requireProbability(double p, String name) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + p);
    }
  }
}
