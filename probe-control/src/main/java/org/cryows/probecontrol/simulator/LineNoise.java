package org.cryows.probecontrol.simulator;

import java.util.random.RandomGenerator;

/**
 * What LINE_NOISE does to bytes on the link, for the code that wires the simulator to a transport:
 * each bit flips independently with probability {@link #BIT_ERROR_RATE}. At 2e-4, a 40-byte frame
 * is corrupted about 6 % of the time, noisy enough to exercise CRC checks and retries, clean enough
 * for a protocol with retries to keep a freeze going (the issue asks that brief noise the protocol
 * recovers from does not stop a freeze). Seeded by the caller, so runs repeat.
 */
public final class LineNoise {
  public static final double BIT_ERROR_RATE = 2e-4;

  private final RandomGenerator random;
  private final double bitErrorRate;

  public LineNoise(RandomGenerator random) {
    this(random, BIT_ERROR_RATE);
  }

  public LineNoise(RandomGenerator random, double bitErrorRate) {
    if (random == null) {
      throw new IllegalArgumentException("random is required");
    }
    if (!(bitErrorRate >= 0 && bitErrorRate <= 1)) {
      throw new IllegalArgumentException("bitErrorRate must be in [0, 1], was " + bitErrorRate);
    }
    this.random = random;
    this.bitErrorRate = bitErrorRate;
  }

  /** A copy of {@code bytes} with bits flipped at the error rate; the input is left unchanged. */
  public byte[] corrupt(byte[] bytes) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int flips = 0;
      for (int bit = 0; bit < 8; bit++) {
        if (random.nextDouble() < bitErrorRate) {
          flips |= 1 << bit;
        }
      }
      out[i] = (byte) (out[i] ^ flips);
    }
    return out;
  }
}
