package org.cryows.probecontrol.console;

import java.util.EnumSet;
import java.util.Set;

/**
 * Faults the console simulator injects by name, for tests and training scenarios, and the classes
 * in which faults are reported: a console detects some itself ({@link #detectedByConsole()}) and
 * reports them at once in an event frame ({@link ConsoleReport.ConsoleEvent}); the workstation
 * judges the others from a watchdog (COMM_LOSS, FIRMWARE_HANG), from a trend (LEAK, BLOCKED_PROBE,
 * and TIP_SENSOR_SHORT, whose reading looks plausible), or tolerates them (LINE_NOISE).
 */
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
  FIRMWARE_HANG;

  private static final Set<Fault> DETECTED_BY_CONSOLE =
      EnumSet.of(
          TIP_SENSOR_OPEN,
          ESTOP,
          FOOT_SWITCH_RELEASED,
          SUPPLY_PRESSURE_LOW,
          SUPPLY_PRESSURE_HIGH,
          EXHAUST_BLOCKED,
          VALVE_STUCK_OPEN,
          SKIN_TEMP_LOW);

  /**
   * Whether the console's firmware detects this fault on its own sensors and inputs (a reading out
   * of range, a valve against its command, the pedal, the e-stop) and reports it in an event frame.
   */
  public boolean detectedByConsole() {
    return DETECTED_BY_CONSOLE.contains(this);
  }

  /** The faults a console detects itself, in declaration order. */
  public static Set<Fault> consoleDetected() {
    return EnumSet.copyOf(DETECTED_BY_CONSOLE);
  }
}
