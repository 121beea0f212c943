package org.cryows.planner.thermal;

/** The working gas of a probe and the coldest temperature its expansion can reach at 1 atm. */
public enum CryoGas {
  /** Boils at -88.5 C (DOMAIN.md, procedure). */
  NITROUS_OXIDE(-88.5),
  /** Sublimes at -78.5 C (DOMAIN.md, procedure). */
  CARBON_DIOXIDE(-78.5),
  /** Boils at -185.8 C (CRC Handbook of Chemistry and Physics). */
  ARGON(-185.8);

  private final double boilingPointC;

  CryoGas(double boilingPointC) {
    this.boilingPointC = boilingPointC;
  }

  public double boilingPointC() {
    return boilingPointC;
  }
}
