package org.cryows.probecontrol.simulator;

/**
 * The tip thermocouple as the console reads it. An open circuit (TIP_SENSOR_OPEN) reads NaN, as the
 * telemetry contract says; the console's front end detects the open loop rather than passing on the
 * amplifier's rail. A short (TIP_SENSOR_SHORT) moves the measuring junction to the short, inside
 * the console, so the reading becomes the cold-junction temperature {@link #COLD_JUNCTION_C} and
 * stays flat whatever the tip does: a jump in one sample, then a plausible but false value.
 */
final class TipThermocouple {
  /** Temperature of the thermocouple's reference junction inside the console. */
  static final double COLD_JUNCTION_C = 25;

  private TipThermocouple() {}

  static double readC(double trueTipC, boolean open, boolean shorted) {
    if (open) {
      return Double.NaN;
    }
    return shorted ? COLD_JUNCTION_C : trueTipC;
  }

  /** The self-test's loop-resistance check: an open or a shorted loop fails it. */
  static String loopFault(boolean open, boolean shorted) {
    if (open) {
      return "tip thermocouple open circuit";
    }
    return shorted ? "tip thermocouple short circuit" : null;
  }
}
