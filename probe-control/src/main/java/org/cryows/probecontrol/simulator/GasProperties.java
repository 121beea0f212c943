package org.cryows.probecontrol.simulator;

import org.cryows.probecontrol.console.Gas;

/**
 * Saturation properties of the two cryogens, as two-point Clausius-Clapeyron fits ({@code ln p = A
 * - B / T}) anchored on reference values. Reference values are from the Span-Wagner equations of
 * state as implemented in CoolProp 6 (CO2: 3485.1 kPa at 0 C, 5729.1 kPa at 20 C; N2O: 3122.1 kPa
 * at 0 C, 5052.5 kPa at 20 C); the fit reproduces CO2 at -20 C (1970 kPa) and 30 C (7214 kPa)
 * within 1 %. Saturated vapour densities use the same form (CO2 97.6 and 194.2 kg/m3, N2O 85.2 and
 * 158.0 kg/m3 at 0 and 20 C); it is within 15 % between -20 and 30 C, enough for the point at which
 * a cylinder's liquid runs out.
 *
 * <p>All pressures here are absolute; the console's sensors read gauge pressure ({@link
 * #ATMOSPHERE_KPA} less).
 */
final class GasProperties {
  /** Standard atmosphere, kPa: gauge = absolute - this. */
  static final double ATMOSPHERE_KPA = 101.325;

  private static final double ZERO_C_IN_K = 273.15;
  private static final double LOW_ANCHOR_K = 273.15;
  private static final double HIGH_ANCHOR_K = 293.15;

  private GasProperties() {}

  /** Pressure over the liquid in a cylinder at {@code tempC}, absolute kPa. */
  static double saturationKPaAbs(Gas gas, double tempC) {
    Anchors a = anchors(gas);
    return twoPointFit(a.pressureAt0CKPa, a.pressureAt20CKPa, tempC);
  }

  /** Density of the vapour over the liquid at {@code tempC}, kg/m3. */
  static double saturatedVapourDensityKgM3(Gas gas, double tempC) {
    Anchors a = anchors(gas);
    return twoPointFit(a.vapourDensityAt0CKgM3, a.vapourDensityAt20CKgM3, tempC);
  }

  /** Above this temperature there is no liquid in the cylinder (the critical point). */
  static double criticalC(Gas gas) {
    return anchors(gas).criticalC;
  }

  /**
   * The coldest temperature the expanding gas can reach at the tip for a given exhaust (return)
   * pressure. The vocabulary fixes {@link Gas#coldestTipC()} at the normal exhaust pressure; the
   * simulator keeps that figure up to {@code normalReturnKPa} and warms it above, by the
   * Clausius-Clapeyron slope of the gas's phase boundary at the tip (CO2 sublimation, B = 3135 K
   * from the normal sublimation point 194.69 K / 101.3 kPa and the triple point 216.59 K / 517.95
   * kPa; N2O boiling, B = 1955 K from the normal boiling point 184.68 K and 3122 kPa at 0 C). One
   * slope per gas is an approximation (CO2 above its triple point boils rather than sublimes), good
   * to a few degrees, enough to show that a blocked exhaust warms the tip.
   */
  static double tipLimitC(Gas gas, double returnKPa, double normalReturnKPa) {
    double limitK = gas.coldestTipC() + ZERO_C_IN_K;
    if (returnKPa <= normalReturnKPa) {
      return gas.coldestTipC();
    }
    double ratio = (returnKPa + ATMOSPHERE_KPA) / (normalReturnKPa + ATMOSPHERE_KPA);
    double inverseK = 1 / limitK - Math.log(ratio) / anchors(gas).tipBoundarySlopeK;
    return 1 / inverseK - ZERO_C_IN_K;
  }

  private static double twoPointFit(double atLow, double atHigh, double tempC) {
    double slopeK = Math.log(atHigh / atLow) / (1 / LOW_ANCHOR_K - 1 / HIGH_ANCHOR_K);
    double tempK = tempC + ZERO_C_IN_K;
    return atHigh * Math.exp(-slopeK * (1 / tempK - 1 / HIGH_ANCHOR_K));
  }

  private record Anchors(
      double pressureAt0CKPa,
      double pressureAt20CKPa,
      double vapourDensityAt0CKgM3,
      double vapourDensityAt20CKgM3,
      double criticalC,
      double tipBoundarySlopeK) {}

  private static final Anchors CO2 =
      new Anchors(
          3485.1,
          5729.1,
          97.65,
          194.2,
          31.0,
          Math.log(517.95 / 101.325) / (1 / 194.69 - 1 / 216.59));
  private static final Anchors N2O =
      new Anchors(
          3122.1,
          5052.5,
          85.17,
          157.99,
          36.4,
          Math.log(3122.1 / 101.325) / (1 / 184.68 - 1 / 273.15));

  private static Anchors anchors(Gas gas) {
    return switch (gas) {
      case CO2 -> CO2;
      case N2O -> N2O;
    };
  }
}
