package org.cryows.probecontrol.console;

/** What the console reports about itself and the probe connected to it. */
public record ConsoleIdentity(
    String consoleSerial,
    String firmwareVersion,
    String probeModel,
    int probeUseCount,
    int probeMaxUses) {

  public ConsoleIdentity {
    requireText(consoleSerial, "consoleSerial");
    requireText(firmwareVersion, "firmwareVersion");
    if (probeModel == null) {
      throw new IllegalArgumentException("probeModel must not be null (empty: no probe)");
    }
    if (probeUseCount < 0 || probeMaxUses < 0) {
      throw new IllegalArgumentException(
          "probe use counts must not be negative: " + probeUseCount + "/" + probeMaxUses);
    }
  }

  /** A probe is connected and the console recognised it. */
  public boolean probeIdentified() {
    return !probeModel.isBlank();
  }

  /** The probe has been used as often as its maker allows. */
  public boolean probeUseCountExhausted() {
    return probeUseCount >= probeMaxUses;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
