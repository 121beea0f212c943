package org.cryows.testkit;

import org.junit.jupiter.api.Assumptions;

/** Tests that open real windows need an X display (xvfb-run provides one under ./cryo test). */
public final class Display {
  private Display() {}

  /** Skips the test without a display; under CI a missing display is a failure. */
  public static void require() {
    String display = System.getenv("DISPLAY");
    if (display != null && !display.isBlank()) {
      return;
    }
    String reason = "no X display (DISPLAY unset): run the tests through ./cryo test (xvfb-run)";
    if (SharedTestData.isCi()) {
      throw new AssertionError(reason);
    }
    Assumptions.abort(reason);
  }
}
