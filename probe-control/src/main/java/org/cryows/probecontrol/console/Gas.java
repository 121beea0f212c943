package org.cryows.probecontrol.console;

/**
 * The cryogen. The coldest tip temperature each can reach is its boiling (N2O) or sublimation (CO2)
 * point at the exhaust pressure (DOMAIN.md: CO2 sublimes at -78.5 C, N2O boils at -88.5 C).
 */
public enum Gas {
  CO2(-78.5),
  N2O(-88.5);

  private final double coldestTipC;

  Gas(double coldestTipC) {
    this.coldestTipC = coldestTipC;
  }

  /** The coldest tip temperature this gas can reach, in degrees Celsius. */
  public double coldestTipC() {
    return coldestTipC;
  }
}
