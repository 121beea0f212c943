package org.cryows.probecontrol.simulator;

import org.cryows.treatment.ConsoleCapabilities;

/**
 * The pressure regulator between the cylinder and the supply shut-off valve. It holds its outlet at
 * {@link #SET_KPA} while the cylinder has more than that plus {@link #DROPOUT_KPA}, and passes the
 * cylinder pressure less the drop-out below.
 */
final class Regulator {
  /**
   * Outlet set point, gauge: the console's regulated pressure, 650 psi ({@link
   * ConsoleCapabilities#STANDARD}), which the thermal prediction uses as its supply pressure too.
   */
  static final double SET_KPA = ConsoleCapabilities.STANDARD.regulatedSupplyKPa();

  /** Pressure drop across a wide-open regulator, kPa (a typical single-stage figure, estimated). */
  static final double DROPOUT_KPA = 100;

  /**
   * Outlet of a failing regulator (SUPPLY_PRESSURE_LOW): 2000 kPa, about 290 psi, well under the
   * 600 psi floor, so the tip cannot reach its working temperature.
   */
  static final double FAILED_LOW_KPA = 2000;

  private Regulator() {}

  /**
   * Outlet pressure, gauge kPa. A regulator failed open (SUPPLY_PRESSURE_HIGH) passes the whole
   * cylinder pressure; one failed low delivers {@link #FAILED_LOW_KPA} at most.
   */
  static double outletKPa(double cylinderKPa, boolean failedLow, boolean failedOpen) {
    if (failedOpen) {
      return cylinderKPa;
    }
    double available = Math.max(0, cylinderKPa - DROPOUT_KPA);
    double setKPa = failedLow ? FAILED_LOW_KPA : SET_KPA;
    return Math.min(setKPa, available);
  }
}
