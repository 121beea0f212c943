package org.cryows.probecontrol.simulator;

/**
 * Why the console's own safety closed its valves. Each trip latches: both valves closed, the line
 * vented, the console disarmed, and a {@code ConsoleAlarmRaised} with {@link #alarmCode()}.
 */
public enum SafetyTrip {
  /** No workstation heartbeat for {@link FirmwareSafety#HEARTBEAT_TRIP_MS}. */
  HEARTBEAT_LOST("CONSOLE_HEARTBEAT_LOST"),
  /** Supply line above {@link FirmwareSafety#SUPPLY_OVER_PRESSURE_KPA}. */
  SUPPLY_OVER_PRESSURE("CONSOLE_SUPPLY_OVER_PRESSURE"),
  /** Return line above {@link FirmwareSafety#RETURN_OVER_PRESSURE_KPA}. */
  RETURN_OVER_PRESSURE("CONSOLE_RETURN_OVER_PRESSURE"),
  /** The e-stop is pressed. */
  ESTOP("CONSOLE_ESTOP"),
  /** A valve's position sensor disagrees with its command for longer than its travel. */
  VALVE_POSITION_MISMATCH("CONSOLE_VALVE_POSITION_MISMATCH"),
  /** The hardware watchdog closed the valves because the firmware stopped running. */
  HARDWARE_WATCHDOG("CONSOLE_WATCHDOG_RESET");

  private final String alarmCode;

  SafetyTrip(String alarmCode) {
    this.alarmCode = alarmCode;
  }

  /** The code in the console's alarm reports. */
  public String alarmCode() {
    return alarmCode;
  }
}
