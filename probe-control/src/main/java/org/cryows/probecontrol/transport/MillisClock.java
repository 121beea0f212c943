package org.cryows.probecontrol.transport;

/**
 * A monotonic clock in milliseconds. The link layer measures timeouts and heartbeat periods with
 * it, so tests and scenarios inject simulated time ({@code () -> simulatedMs}) and never sleep.
 */
@FunctionalInterface
public interface MillisClock {
  /** Milliseconds since an arbitrary origin; never goes backwards. */
  long nowMs();

  /** The JVM's monotonic clock (System.nanoTime), not the wall clock that can jump. */
  static MillisClock system() {
    return () -> System.nanoTime() / 1_000_000L;
  }
}
