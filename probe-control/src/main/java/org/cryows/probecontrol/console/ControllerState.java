package org.cryows.probecontrol.console;

/** The controller's states; names are part of the journal's contract (upper case). */
public enum ControllerState {
  DISCONNECTED,
  CONNECTED,
  SELF_TEST,
  READY,
  ARMED,
  FREEZING,
  THAWING,
  COMPLETE,
  FAULT,
  ESTOP;

  /** The only state in which the probe valve may be commanded open. */
  public boolean mayOpenProbeValve() {
    return this == FREEZING;
  }
}
