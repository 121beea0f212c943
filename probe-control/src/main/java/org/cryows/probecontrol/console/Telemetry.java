package org.cryows.probecontrol.console;

/**
 * One telemetry sample from the console (50 Hz). Valve states come in pairs: what was commanded and
 * what the valve's position sensor reports, so a stuck valve is visible.
 *
 * @param consoleTimeMs the console's own clock when the sample was taken
 * @param tipC tip thermocouple; NaN when the sensor reads open
 * @param probeReturnC temperature of the gas returning from the probe
 * @param supplyKPa gas supply pressure after the cylinder (gauge)
 * @param returnKPa exhaust (return line) pressure (gauge)
 * @param msSinceHeartbeat time since the console last received a workstation heartbeat
 */
public record Telemetry(
    long consoleTimeMs,
    double tipC,
    double probeReturnC,
    double supplyKPa,
    double returnKPa,
    boolean probeValveCommandedOpen,
    boolean probeValveSensedOpen,
    boolean supplyValveCommandedOpen,
    boolean supplyValveSensedOpen,
    double skinC,
    boolean estopPressed,
    boolean footSwitchPressed,
    int msSinceHeartbeat) {

  public Telemetry {
    if (consoleTimeMs < 0) {
      throw new IllegalArgumentException("consoleTimeMs must not be negative: " + consoleTimeMs);
    }
    if (msSinceHeartbeat < 0) {
      throw new IllegalArgumentException(
          "msSinceHeartbeat must not be negative: " + msSinceHeartbeat);
    }
  }

  /** Gas can reach the probe only when both valves are sensed open. */
  public boolean gasFlowing() {
    return probeValveSensedOpen && supplyValveSensedOpen;
  }
}
