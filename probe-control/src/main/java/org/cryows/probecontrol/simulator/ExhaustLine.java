package org.cryows.probecontrol.simulator;

import org.cryows.treatment.ConsoleCapabilities;

/**
 * The return (exhaust) line from the probe to the scavenging outlet. Spent gas fills the line's
 * volume and leaves through the outlet's resistance, so the line's gauge pressure settles at
 * resistance times mass flow: {@link #NORMAL_RETURN_KPA} at the design flow, the 10-15 psi consoles
 * exhaust at (DOMAIN.md). A blocked outlet (EXHAUST_BLOCKED) lets nothing out: the pressure climbs
 * as long as gas arrives and holds when it stops.
 */
final class ExhaustLine {
  /**
   * Return pressure at the design flow: 12 psi, the middle of the 10-15 psi band ({@link
   * ConsoleCapabilities#STANDARD}).
   */
  static final double NORMAL_RETURN_KPA = ConsoleCapabilities.STANDARD.normalReturnKPa();

  /** Time constant of the return pressure (line volume times outlet resistance), estimated. */
  static final double TAU_SEC = 0.3;

  private static final double RESISTANCE_KPA_PER_GPS = NORMAL_RETURN_KPA / Plant.DESIGN_FLOW_GPS;
  private static final double CAPACITY_G_PER_KPA = TAU_SEC / RESISTANCE_KPA_PER_GPS;

  private double pressureKPa;

  double pressureKPa() {
    return pressureKPa;
  }

  void step(double dtSec, double massFlowGps, boolean blocked) {
    if (blocked) {
      pressureKPa += massFlowGps * dtSec / CAPACITY_G_PER_KPA;
      return;
    }
    double steadyKPa = RESISTANCE_KPA_PER_GPS * massFlowGps;
    pressureKPa = steadyKPa + (pressureKPa - steadyKPa) * Math.exp(-dtSec / TAU_SEC);
  }
}
