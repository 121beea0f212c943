package org.cryows.probecontrol.simulator;

/**
 * Temperature of the gas returning from the probe, measured at the console. While gas flows it
 * follows the tip, warmed by {@link #STEM_WARMING_C} on its way up the probe stem (estimated); with
 * no flow the sensor drifts to room temperature. Both as first-order responses, time constants
 * estimated.
 */
final class ReturnGasTemperature {
  static final double STEM_WARMING_C = 15;
  static final double ROOM_C = 22;
  static final double FLOWING_TAU_SEC = 1;
  static final double STILL_TAU_SEC = 30;

  private double returnC;

  ReturnGasTemperature(double initialC) {
    this.returnC = initialC;
  }

  double returnC() {
    return returnC;
  }

  void step(double dtSec, double flowFraction, double tipC) {
    double flowing = Math.clamp(flowFraction, 0, 1);
    double targetC = flowing * (tipC + STEM_WARMING_C) + (1 - flowing) * ROOM_C;
    double rate = flowing / FLOWING_TAU_SEC + (1 - flowing) / STILL_TAU_SEC;
    returnC = targetC + (returnC - targetC) * Math.exp(-dtSec * rate);
  }
}
