package org.cryows.probecontrol.session;

import org.cryows.probecontrol.transport.MillisClock;

/** Session milliseconds on the machine's monotonic clock, from 0 when the session starts. */
public final class WallClock implements MillisClock {
  private final long startNanos = System.nanoTime();

  @Override
  public long nowMs() {
    return (System.nanoTime() - startNanos) / 1_000_000L;
  }

  /** Sleeps until the session clock reads {@code tMs}. */
  public void sleepUntil(long tMs) throws InterruptedException {
    long waitMs;
    while ((waitMs = tMs - nowMs()) > 0) {
      Thread.sleep(waitMs);
    }
  }
}
