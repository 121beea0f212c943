package org.cryows.probecontrol.console;

/** Faults the console simulator injects by name, for tests and training scenarios. */
public enum Fault {
  COMM_LOSS,
  LINE_NOISE,
  TIP_SENSOR_OPEN,
  TIP_SENSOR_SHORT,
  SUPPLY_PRESSURE_LOW,
  SUPPLY_PRESSURE_HIGH,
  BLOCKED_PROBE,
  LEAK,
  EXHAUST_BLOCKED,
  VALVE_STUCK_OPEN,
  ESTOP,
  FOOT_SWITCH_RELEASED,
  SKIN_TEMP_LOW,
  FIRMWARE_HANG
}
