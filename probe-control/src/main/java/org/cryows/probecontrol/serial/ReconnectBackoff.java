package org.cryows.probecontrol.serial;

/** Exponential backoff between reconnection attempts: initial, doubling, capped at a ceiling. */
final class ReconnectBackoff {
  private final long initialMs;
  private final long ceilingMs;
  private long nextMs;

  ReconnectBackoff(long initialMs, long ceilingMs) {
    if (initialMs < 1 || ceilingMs < initialMs) {
      throw new IllegalArgumentException(
          "need 1 <= initialMs <= ceilingMs, was " + initialMs + " and " + ceilingMs);
    }
    this.initialMs = initialMs;
    this.ceilingMs = ceilingMs;
    this.nextMs = initialMs;
  }

  /** The wait before the next attempt; each call doubles the following one, up to the ceiling. */
  long nextDelayMs() {
    long delay = nextMs;
    nextMs = Math.min(ceilingMs, nextMs * 2);
    return delay;
  }

  /** After a success: the next failure waits the initial delay again. */
  void reset() {
    nextMs = initialMs;
  }
}
