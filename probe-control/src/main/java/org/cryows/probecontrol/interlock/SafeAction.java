package org.cryows.probecontrol.interlock;

/** The safe state an interlock commands when it trips. */
public enum SafeAction {
  /** Probe valve closed, then supply shut-off closed: no gas reaches the probe. */
  CLOSE_VALVES,
  /**
   * As {@link #CLOSE_VALVES}, then the lines vented: used when pressure itself is the hazard
   * (over-pressure, blocked exhaust, leak) or when a valve may not have closed (stuck valve,
   * e-stop).
   */
  CLOSE_AND_VENT
}
