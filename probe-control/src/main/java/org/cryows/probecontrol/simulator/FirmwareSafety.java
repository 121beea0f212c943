package org.cryows.probecontrol.simulator;

import java.util.EnumMap;
import java.util.Map;

/**
 * The console's own safety limits and the check that finds which are exceeded now. It reads only
 * the console's own sensors and inputs, never anything the workstation says.
 */
final class FirmwareSafety {
  /**
   * The watchdog's deadline: both valves closed (sensed) at most 500 ms after the last workstation
   * heartbeat (issue 5, console simulator). The trip therefore fires earlier by the slowest valve's
   * travel, {@link #HEARTBEAT_TRIP_MS}.
   */
  static final long HEARTBEAT_DEADLINE_MS = 500;

  static final long SLOWEST_VALVE_TRAVEL_MS =
      Math.max(Plant.PROBE_VALVE_TRAVEL_MS, Plant.SUPPLY_VALVE_TRAVEL_MS);

  /** Silence after which the firmware trips: 500 ms less the slowest valve's travel, 460 ms. */
  static final long HEARTBEAT_TRIP_MS = HEARTBEAT_DEADLINE_MS - SLOWEST_VALVE_TRAVEL_MS;

  /**
   * Supply over-pressure: 700 psi, 350 kPa above the regulator's set point (4480 kPa), well clear
   * of its 2 % droop and any regulation ripple, and below what a regulator failed open passes from
   * a cylinder at 20 C (CO2 5.6 MPa, N2O 4.95 MPa gauge), so that failure trips.
   */
  static final double SUPPLY_OVER_PRESSURE_KPA = 4830;

  /**
   * Return over-pressure: 50 psi, over three times the 15 psi top of the normal exhaust band, and
   * well under what a closed-in return line reaches when the exhaust is blocked. The return lumen
   * of a thin probe is the weak point; the figure is an estimate, not a probe rating.
   */
  static final double RETURN_OVER_PRESSURE_KPA = 345;

  /** Grace beyond a valve's travel before a disagreeing position sensor counts as a fault. */
  static final long POSITION_MISMATCH_MARGIN_MS = 30;

  private FirmwareSafety() {}

  /**
   * The trips whose cause is present now, each with a message for the alarm. {@code
   * msSinceHeartbeat} is ignored until the workstation has sent its first heartbeat.
   */
  static Map<SafetyTrip, String> causesPresent(
      Plant plant, boolean estopPressed, boolean heartbeatSession, long msSinceHeartbeat) {
    Map<SafetyTrip, String> causes = new EnumMap<>(SafetyTrip.class);
    if (heartbeatSession && msSinceHeartbeat >= HEARTBEAT_TRIP_MS) {
      causes.put(
          SafetyTrip.HEARTBEAT_LOST,
          "no workstation heartbeat for " + msSinceHeartbeat + " ms: valves closed, line vented");
    }
    if (plant.supplyKPa() > SUPPLY_OVER_PRESSURE_KPA) {
      causes.put(
          SafetyTrip.SUPPLY_OVER_PRESSURE,
          String.format(
              java.util.Locale.ROOT,
              "supply %.0f kPa above %.0f kPa: valves closed, line vented",
              plant.supplyKPa(),
              SUPPLY_OVER_PRESSURE_KPA));
    }
    if (plant.returnKPa() > RETURN_OVER_PRESSURE_KPA) {
      causes.put(
          SafetyTrip.RETURN_OVER_PRESSURE,
          String.format(
              java.util.Locale.ROOT,
              "return %.0f kPa above %.0f kPa: valves closed",
              plant.returnKPa(),
              RETURN_OVER_PRESSURE_KPA));
    }
    if (estopPressed) {
      causes.put(SafetyTrip.ESTOP, "e-stop pressed: valves closed, line vented");
    }
    String mismatch = positionMismatch(plant.probeValve());
    if (mismatch == null) {
      mismatch = positionMismatch(plant.supplyValve());
    }
    if (mismatch != null) {
      causes.put(SafetyTrip.VALVE_POSITION_MISMATCH, mismatch);
    }
    return causes;
  }

  private static String positionMismatch(Valve valve) {
    boolean disagrees = valve.sensedOpen() != valve.commandedOpen();
    if (disagrees
        && valve.msSinceCommandChange() > valve.travelMs() + POSITION_MISMATCH_MARGIN_MS) {
      return valve.name()
          + " sensed "
          + (valve.sensedOpen() ? "open" : "closed")
          + " while commanded "
          + (valve.commandedOpen() ? "open" : "closed")
          + ": valves closed, line vented";
    }
    return null;
  }
}
