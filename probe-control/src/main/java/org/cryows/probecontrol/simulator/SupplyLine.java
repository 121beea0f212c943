package org.cryows.probecontrol.simulator;

/**
 * The supply line between the shut-off valve and the probe valve, where the console's supply
 * pressure sensor sits (so a leak shows as falling pressure once both valves are closed). Its
 * pressure follows a linear first-order balance, integrated exactly over each step:
 *
 * <pre>
 * dP/dt = s (P_reg - P) / FILL_TAU - P (q / PROBE_DRAIN_TAU + leak / LEAK_TAU + vent / VENT_TAU)
 * </pre>
 *
 * where s and q are the open fractions of the shut-off and probe valves.
 */
final class SupplyLine {
  /** The regulator refills the line through the open shut-off valve with this time constant. */
  static final double FILL_TAU_SEC = 0.05;

  /**
   * With the shut-off closed, the open probe empties the line with this time constant: a line of
   * about 10 mL holds roughly 1 g of gas at working pressure, gone in about 2.5 s at the design
   * flow of {@link Plant#DESIGN_FLOW_GPS}. With the shut-off open this sets the regulator droop
   * under flow to FILL_TAU / PROBE_DRAIN_TAU = 2 %.
   */
  static final double PROBE_DRAIN_TAU_SEC = 2.5;

  /**
   * A leak (LEAK) empties the closed-in line with this time constant: pressure falls by about 20 %
   * a second, plain within the 10 s the controller has to detect it.
   */
  static final double LEAK_TAU_SEC = 4.0;

  /** The vent valve empties the line with this time constant. */
  static final double VENT_TAU_SEC = 0.15;

  private double pressureKPa;

  double pressureKPa() {
    return pressureKPa;
  }

  void step(
      double dtSec,
      double regulatorKPa,
      double supplyOpenFraction,
      double probeDrainFraction,
      boolean leaking,
      boolean venting) {
    double fillRate = supplyOpenFraction / FILL_TAU_SEC;
    double drainRate =
        probeDrainFraction / PROBE_DRAIN_TAU_SEC
            + (leaking ? 1 / LEAK_TAU_SEC : 0)
            + (venting ? 1 / VENT_TAU_SEC : 0);
    double totalRate = fillRate + drainRate;
    if (totalRate == 0) {
      return;
    }
    double steadyKPa = fillRate * regulatorKPa / totalRate;
    pressureKPa = steadyKPa + (pressureKPa - steadyKPa) * Math.exp(-totalRate * dtSec);
  }
}
