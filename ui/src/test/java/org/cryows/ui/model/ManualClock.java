package org.cryows.ui.model;

/** A clock a test moves by hand. */
public final class ManualClock implements MonotonicClock {
  private long nanos = 1_000_000_000L;

  @Override
  public synchronized long nowNanos() {
    return nanos;
  }

  public synchronized void advanceMs(double ms) {
    nanos += Math.round(ms * 1e6);
  }
}
