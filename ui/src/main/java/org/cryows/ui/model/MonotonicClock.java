package org.cryows.ui.model;

/**
 * Where view-models read the time: the system's monotonic clock in the window, a clock the test
 * moves in a headless test, so a whole cine or a load can be run in milliseconds.
 */
@FunctionalInterface
public interface MonotonicClock {

  long nowNanos();

  default double nowMs() {
    return nowNanos() / 1e6;
  }

  static MonotonicClock system() {
    return System::nanoTime;
  }
}
