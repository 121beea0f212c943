package org.cryows.probecontrol.simulator;

import org.cryows.treatment.Gas;

/**
 * A cylinder of liquefied gas at a fixed temperature. While liquid remains its pressure is the
 * saturation pressure at the cylinder's temperature (CO2 about 5.7 MPa, N2O about 5.05 MPa at 20
 * C), whatever is drawn; once only vapour is left the pressure falls in proportion to the remaining
 * mass (ideal gas at constant temperature; the real compressibility would bend the curve a little).
 * Evaporative cooling of the cylinder under a heavy draw is not modelled: consoles warm their
 * cylinders, and the simulator's default draw is modest.
 */
final class GasCylinder {
  /** Filling ratio above which a cylinder counts as overfilled (kg of gas per litre of volume). */
  static final double MAX_FILL_KG_PER_L = 0.75;

  private final Gas gas;
  private final double volumeL;
  private final double temperatureC;
  private double remainingKg;

  GasCylinder(Gas gas, double fillKg, double volumeL, double temperatureC) {
    if (gas == null) {
      throw new IllegalArgumentException("gas is required");
    }
    if (!(volumeL > 0 && Double.isFinite(volumeL))) {
      throw new IllegalArgumentException("cylinder volumeL must be positive, was " + volumeL);
    }
    if (!(fillKg > 0 && fillKg <= MAX_FILL_KG_PER_L * volumeL)) {
      throw new IllegalArgumentException(
          "cylinder fillKg must be in (0, "
              + MAX_FILL_KG_PER_L * volumeL
              + "] for "
              + volumeL
              + " L, was "
              + fillKg);
    }
    if (!(temperatureC >= -20 && temperatureC < GasProperties.criticalC(gas) - 1)) {
      throw new IllegalArgumentException(
          "cylinder temperatureC must be in [-20, "
              + (GasProperties.criticalC(gas) - 1)
              + ") for liquid "
              + gas
              + ", was "
              + temperatureC);
    }
    this.gas = gas;
    this.volumeL = volumeL;
    this.temperatureC = temperatureC;
    this.remainingKg = fillKg;
  }

  Gas gas() {
    return gas;
  }

  double remainingKg() {
    return remainingKg;
  }

  /** The mass left when the last liquid has boiled: vapour at saturation filling the cylinder. */
  double vapourOnlyKg() {
    return GasProperties.saturatedVapourDensityKgM3(gas, temperatureC) * volumeL / 1000;
  }

  boolean liquidRemaining() {
    return remainingKg > vapourOnlyKg();
  }

  /** Gauge pressure at the cylinder valve, kPa. */
  double pressureKPa() {
    double saturationKPaAbs = GasProperties.saturationKPaAbs(gas, temperatureC);
    double absoluteKPa =
        liquidRemaining() ? saturationKPaAbs : saturationKPaAbs * remainingKg / vapourOnlyKg();
    return Math.max(0, absoluteKPa - GasProperties.ATMOSPHERE_KPA);
  }

  /** Takes {@code grams} out of the cylinder (no more than it holds). */
  void draw(double grams) {
    if (!(grams >= 0)) {
      throw new IllegalArgumentException("cannot draw " + grams + " g");
    }
    remainingKg = Math.max(0, remainingKg - grams / 1000);
  }
}
