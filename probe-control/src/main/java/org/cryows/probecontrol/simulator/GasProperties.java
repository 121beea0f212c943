package org.cryows.probecontrol.simulator;

import org.cryows.treatment.Gas;
import org.cryows.treatment.JouleThomsonTip;

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
 * #ATMOSPHERE_KPA} less). How cold the expanding gas takes the tip is the treatment vocabulary's
 * ({@link org.cryows.treatment.JouleThomsonTip}), shared with the thermal prediction.
 */
final class GasProperties {
  /** Standard atmosphere, kPa: gauge = absolute - this. */
  static final double ATMOSPHERE_KPA = JouleThomsonTip.ATMOSPHERE_KPA;

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
      double criticalC) {}

  private static final Anchors CO2 = new Anchors(3485.1, 5729.1, 97.65, 194.2, 31.0);
  private static final Anchors N2O = new Anchors(3122.1, 5052.5, 85.17, 157.99, 36.4);

  private static Anchors anchors(Gas gas) {
    return switch (gas) {
      case CO2 -> CO2;
      case N2O -> N2O;
      case ARGON ->
          throw new IllegalArgumentException(
              "the console holds CO2 or N2O; no cylinder model for ARGON");
    };
  }
}
