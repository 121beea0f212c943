package org.cryows.probecontrol.simulator;

/**
 * The skin temperature sensor over the probe track. Skin rests at {@link #REST_C} (the usual 32-34
 * C of skin over a limb) and cools slowly towards a fraction {@link #TIP_COUPLING} of the tip's
 * coldness over {@link #TAU_SEC}: after 30 minutes of freezing at -76 C it reads about 23 C, far
 * from frostbite, as a warmed, well-placed probe should. SKIN_TEMP_LOW stands for an ice ball
 * reaching the skin: the reading falls to {@link #ICE_AT_SKIN_C} within seconds. Constants
 * estimated.
 */
final class SkinTemperature {
  static final double REST_C = 33;
  static final double TIP_COUPLING = 0.1;
  static final double TAU_SEC = 600;
  static final double ICE_AT_SKIN_C = -2;
  static final double ICE_AT_SKIN_TAU_SEC = 5;

  private double skinC = REST_C;

  double skinC() {
    return skinC;
  }

  void step(double dtSec, double tipC, boolean iceAtSkin) {
    double targetC = iceAtSkin ? ICE_AT_SKIN_C : REST_C - TIP_COUPLING * Math.max(0, REST_C - tipC);
    double tauSec = iceAtSkin ? ICE_AT_SKIN_TAU_SEC : TAU_SEC;
    skinC = targetC + (skinC - targetC) * Math.exp(-dtSec / tauSec);
  }
}
