package org.cryows.planner.thermal;

/**
 * The temperature range over which tissue freezes. Tissue water freezes over a range because the
 * dissolved salts concentrate as ice forms; the model takes the liquid fraction to rise linearly
 * from 0 at the solidus to 1 at the liquidus. A sharp front (solidus = liquidus) freezes
 * isothermally, as the exact Stefan solutions assume.
 */
public record PhaseChange(double solidusC, double liquidusC) {

  /** Tissue: liquid fraction 0 at -8 C to 1 at -1 C (DOMAIN.md, thermal model). */
  public static final PhaseChange TISSUE_MUSHY_ZONE = new PhaseChange(-8, -1);

  /** Isothermal freezing at 0 C: water, and tissue when compared with exact solutions. */
  public static final PhaseChange SHARP_AT_ZERO = new PhaseChange(0, 0);

  public PhaseChange {
    if (!Double.isFinite(solidusC) || !Double.isFinite(liquidusC) || solidusC > liquidusC) {
      throw new IllegalArgumentException(
          "solidus must not be above liquidus, got " + solidusC + " and " + liquidusC + " C");
    }
  }

  public boolean isSharp() {
    return solidusC == liquidusC;
  }

  /** The phase change a tissue uses: water is always sharp; tissue is mushy unless asked not to. */
  public static PhaseChange forTissue(TissueProperties tissue, boolean sharpFrontRequested) {
    return tissue.alwaysSharpFront() || sharpFrontRequested ? SHARP_AT_ZERO : TISSUE_MUSHY_ZONE;
  }
}
