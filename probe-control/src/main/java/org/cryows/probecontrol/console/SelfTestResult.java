package org.cryows.probecontrol.console;

import java.util.List;

/** The console's self-test verdict; {@code failures} names each check that failed. */
public record SelfTestResult(boolean passed, List<String> failures) {
  public SelfTestResult {
    failures = List.copyOf(failures);
    if (passed != failures.isEmpty()) {
      throw new IllegalArgumentException(
          "a self-test passes exactly when no check failed: passed=" + passed + " " + failures);
    }
  }

  public static SelfTestResult pass() {
    return new SelfTestResult(true, List.of());
  }

  public static SelfTestResult fail(List<String> failures) {
    return new SelfTestResult(false, failures);
  }
}
