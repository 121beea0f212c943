package org.cryows.probecontrol.simulator;

/**
 * A solenoid valve with a finite travel time and a position sensor. The position moves linearly
 * between closed and open over {@code travelMs}; it is counted in whole milliseconds so a valve is
 * exactly closed when its travel ends. The sensor reads "open" whenever the valve is not fully
 * closed: a valve caught part-way counts as open, the conservative reading for gas safety.
 */
final class Valve {
  private final String name;
  private final long travelMs;
  private long openMs;
  private boolean commandedOpen;
  private long msSinceCommandChange = Long.MAX_VALUE / 2;

  Valve(String name, long travelMs) {
    if (travelMs <= 0) {
      throw new IllegalArgumentException(name + " travelMs must be positive, was " + travelMs);
    }
    this.name = name;
    this.travelMs = travelMs;
  }

  String name() {
    return name;
  }

  long travelMs() {
    return travelMs;
  }

  void command(boolean open) {
    if (open != commandedOpen) {
      commandedOpen = open;
      msSinceCommandChange = 0;
    }
  }

  boolean commandedOpen() {
    return commandedOpen;
  }

  /**
   * Time since the command last changed; a sensor disagreeing for longer than travel is a fault.
   */
  long msSinceCommandChange() {
    return msSinceCommandChange;
  }

  /** The position sensor: open unless fully closed. */
  boolean sensedOpen() {
    return openMs > 0;
  }

  /** 0 closed, 1 fully open. */
  double openFraction() {
    return (double) openMs / travelMs;
  }

  /**
   * Moves the valve for {@code dtMs}. A valve stuck open (VALVE_STUCK_OPEN) travels to open
   * whatever it is commanded.
   */
  void step(long dtMs, boolean stuckOpen) {
    boolean target = commandedOpen || stuckOpen;
    openMs = target ? Math.min(travelMs, openMs + dtMs) : Math.max(0, openMs - dtMs);
    msSinceCommandChange = Math.min(Long.MAX_VALUE / 2, msSinceCommandChange + dtMs);
  }
}
