package org.cryows.probecontrol.controller;

/**
 * On-off regulation of the tip temperature through the probe valve: a hysteresis band around the
 * setpoint with minimum open and closed times. An on-off valve cannot do better, and the minimum
 * times keep it from chattering (valve wear, pressure pulses). A setpoint within the band of the
 * gas's limit simply keeps the valve open: the tip gets as cold as the gas allows, never colder.
 * Pure function of its inputs.
 */
public final class TipRegulator {

  /** Half the band: open above setpoint + 1 C, close below setpoint - 1 C. */
  public static final double HALF_BAND_C = 1.0;

  /** Shortest time the valve stays open once opened. */
  public static final long MIN_OPEN_MS = 200;

  /** Shortest time the valve stays closed once closed. */
  public static final long MIN_CLOSED_MS = 200;

  private TipRegulator() {}

  /**
   * Whether the valve should be open after this sample.
   *
   * @param open whether it is commanded open now
   * @param msSinceChange how long it has been in that position (commanded)
   */
  public static boolean wantsOpen(double tipC, double setpointC, boolean open, long msSinceChange) {
    if (!Double.isFinite(tipC)) {
      return false;
    }
    if (open) {
      return !(tipC < setpointC - HALF_BAND_C && msSinceChange >= MIN_OPEN_MS);
    }
    return tipC > setpointC + HALF_BAND_C && msSinceChange >= MIN_CLOSED_MS;
  }
}
