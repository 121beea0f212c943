package org.cryows.treatment;

/**
 * The probe tip where the gas expands (Joule-Thomson), as one lumped heat balance between the
 * tissue around it at body temperature and the expanded gas inside it:
 *
 * <pre>C dT/dt = G (T_tissue - T) - h (T - T_limit)</pre>
 *
 * G is the tissue's heat load on the tip, h the cooling by the expansion, proportional to the gas
 * flow and scaled down at low line pressure; the gas cannot take the tip below T_limit, the
 * temperature of the expanded gas at the exhaust pressure. In steady state the tip sits at
 * (T_tissue + k T_limit) / (1 + k) with k = h / G. The console simulator integrates the balance in
 * time; the thermal prediction holds the tip at its steady value. Both read the physics here, so
 * they agree on how cold a probe gets: CO2 at the standard console's regulated 4480 kPa levels off
 * at -75.7 C, N2O at -85.4 C.
 *
 * <p>The constants are estimates, not measurements (probe-control docs/simulator.md): a tip within
 * 3 C of its gas's limit (DOMAIN.md: consoles report tips as cold as -89 C with N2O).
 */
public final class JouleThomsonTip {

  /** Body temperature of the tissue around the tip, C. */
  public static final double TISSUE_C = 37;

  /**
   * h / G at the design flow and full pressure, estimated: a steady tip 2.8 C (CO2) or 3.1 C (N2O)
   * above the gas's limit.
   */
  public static final double DESIGN_COOLING_RATIO = 40;

  /**
   * Below this line pressure (about 200 psi) the expansion gives no useful cooling, estimated: a
   * liquid feed needs the console's working pressure, and gas expanding from a low pressure cools
   * far less (DOMAIN.md: lower supply pressure means a warmer tip).
   */
  public static final double NO_COOLING_BELOW_KPA = 1400;

  /** From this line pressure (600 psi, the bottom of the consoles' range) the cooling is full. */
  public static final double FULL_COOLING_FROM_KPA = 4137;

  /** Standard atmosphere, kPa: gauge = absolute - this. */
  public static final double ATMOSPHERE_KPA = 101.325;

  private static final double ZERO_C_IN_K = 273.15;

  /**
   * Clausius-Clapeyron slope B of the phase boundary at the tip, K (ln p = A - B / T): CO2
   * sublimation from the normal sublimation point (194.69 K, 101.325 kPa) and the triple point
   * (216.59 K, 517.95 kPa); N2O boiling from the normal boiling point (184.68 K) and 3122.1 kPa at
   * 0 C (Span-Wagner equation of state via CoolProp 6). One slope per gas is an approximation (CO2
   * above its triple point boils rather than sublimes), good to a few degrees.
   */
  private static final double CO2_BOUNDARY_SLOPE_K =
      Math.log(517.95 / 101.325) / (1 / 194.69 - 1 / 216.59);

  private static final double N2O_BOUNDARY_SLOPE_K =
      Math.log(3122.1 / 101.325) / (1 / 184.68 - 1 / 273.15);

  private JouleThomsonTip() {}

  /**
   * The coldest the expanding gas can make the tip at a return (exhaust) pressure, C: {@link
   * Gas#coldestTipC()} up to the normal return pressure, warmer above it by the Clausius-Clapeyron
   * slope of the gas's phase boundary (a blocked exhaust warms the tip).
   */
  public static double gasLimitC(Gas gas, double returnKPa, double normalReturnKPa) {
    if (returnKPa <= normalReturnKPa) {
      return gas.coldestTipC();
    }
    double limitK = gas.coldestTipC() + ZERO_C_IN_K;
    double ratio = (returnKPa + ATMOSPHERE_KPA) / (normalReturnKPa + ATMOSPHERE_KPA);
    double inverseK = 1 / limitK - Math.log(ratio) / boundarySlopeK(gas);
    return 1 / inverseK - ZERO_C_IN_K;
  }

  /**
   * The ratio h / G for a mass flow (as a fraction of the design flow) fed at {@code lineKPa}:
   * proportional to flow, scaled down linearly between full-cooling pressure and no cooling.
   */
  public static double coolingRatio(double flowFractionOfDesign, double lineKPa) {
    double efficiency =
        Math.clamp(
            (lineKPa - NO_COOLING_BELOW_KPA) / (FULL_COOLING_FROM_KPA - NO_COOLING_BELOW_KPA),
            0,
            1);
    return DESIGN_COOLING_RATIO * Math.max(0, flowFractionOfDesign) * efficiency;
  }

  /** Where the tip settles for a cooling ratio and a gas limit, C. */
  public static double steadyTipC(double coolingRatio, double limitC) {
    return (TISSUE_C + coolingRatio * limitC) / (1 + coolingRatio);
  }

  /**
   * The tip temperature a probe levels off at with its valve open, fed {@code supplyKPa} (gauge) by
   * a console, C. The flow through the probe is proportional to the pressure across it, and the
   * exhaust pressure to the flow; in steady state the flow is then the design flow times the supply
   * over the console's regulated pressure, and the exhaust sits at its normal pressure times that.
   */
  public static double reachableTipC(Gas gas, double supplyKPa, ConsoleCapabilities console) {
    if (!console.drives(gas)) {
      throw new IllegalArgumentException(
          "the console drives " + console.gasNames() + ", not " + gas);
    }
    if (!(supplyKPa >= 0) || !Double.isFinite(supplyKPa)) {
      throw new IllegalArgumentException(
          "supply pressure must be zero or positive, got " + supplyKPa + " kPa");
    }
    double flowFraction = supplyKPa / console.regulatedSupplyKPa();
    double returnKPa = console.normalReturnKPa() * flowFraction;
    double limitC = gasLimitC(gas, returnKPa, console.normalReturnKPa());
    return steadyTipC(coolingRatio(flowFraction, supplyKPa), limitC);
  }

  /**
   * The tip temperature a console holds while freezing: the warmer of the setpoint and what the gas
   * reaches at the supply pressure (a setpoint colder than that keeps the valve open, and the tip
   * gets no colder than the gas takes it), C.
   */
  public static double heldTipC(
      FreezeProtocol protocol, double supplyKPa, ConsoleCapabilities console) {
    return Math.max(protocol.setpointC(), reachableTipC(protocol.gas(), supplyKPa, console));
  }

  private static double boundarySlopeK(Gas gas) {
    return switch (gas) {
      case CO2 -> CO2_BOUNDARY_SLOPE_K;
      case N2O -> N2O_BOUNDARY_SLOPE_K;
      case ARGON ->
          throw new IllegalArgumentException(
              "no tip model for ARGON: the console drives CO2 and N2O");
    };
  }
}
