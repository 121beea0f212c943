package org.cryows.planner.check;

import java.util.Locale;

/** A check's verdict, from best to worst. */
public enum CheckStatus {
  PASS,
  WARN,
  FAIL;

  /** As {@code plan check} prints it: pass, warn, fail. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public CheckStatus worse(CheckStatus other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
