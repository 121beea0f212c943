package org.cryows.treatment;

/**
 * The cryogen a probe runs on, with the coldest temperature its expansion reaches at the normal
 * exhaust pressure: the boiling (N2O, argon) or sublimation (CO2) point at about 1 atm. A console
 * drives only some of them ({@link ConsoleCapabilities#gases()}).
 */
public enum Gas {
  /** Sublimes at -78.5 C (DOMAIN.md, procedure); the console's usual gas (seed 002). */
  CO2(-78.5),
  /** Boils at -88.5 C (DOMAIN.md, procedure); handheld devices and consoles. */
  N2O(-88.5),
  /**
   * Boils at -185.8 C (CRC Handbook of Chemistry and Physics): the gas of the tumour-ablation
   * probes of the validation phantom (Littrup 2009), not one this workstation's console drives.
   */
  ARGON(-185.8);

  private final double coldestTipC;

  Gas(double coldestTipC) {
    this.coldestTipC = coldestTipC;
  }

  /** The coldest tip temperature this gas can reach at the normal exhaust pressure, C. */
  public double coldestTipC() {
    return coldestTipC;
  }
}
