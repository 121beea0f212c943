package org.cryows.probecontrol.simulator;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * The console firmware's watch over its own sensors and inputs, on every pass of its main loop: the
 * faults a console detects itself ({@link Fault#detectedByConsole()}). Each change (a fault
 * appearing, or ending) is reported at once in an event frame ({@link ConsoleReport.ConsoleEvent},
 * acknowledged and retried by the link), ahead of the telemetry that shows it a little later. The
 * limits are the supply window the workstation works to ({@link ConsoleCapabilities#STANDARD}), the
 * console's own return-line trip, and the skin limit both ends use.
 *
 * <p>An event frame the link gave up on (the line was down for its retries) is followed by the
 * fault's state as it is then, so the workstation ends with the console's view even when an event
 * was lost.
 */
final class FaultMonitor {
  /** Below the supply window, once the shut-off has been open long enough to fill the line. */
  static final double MIN_SUPPLY_KPA = ConsoleCapabilities.STANDARD.minSupplyKPa();

  /** Above the supply window: the regulator has failed open. */
  static final double MAX_SUPPLY_KPA = ConsoleCapabilities.STANDARD.maxSupplyKPa();

  /** The line fills within this after the shut-off opens; low pressure before is no fault. */
  static final long SUPPLY_FILL_MS = 300;

  /** Skin rests at 30-34 C: below 10 C the ice is near it (the workstation's limit too). */
  static final double MIN_SKIN_C = 10;

  /** The exhaust is blocked when the return line passes the console's own 50 psi trip. */
  static final double MAX_RETURN_KPA = FirmwareSafety.RETURN_OVER_PRESSURE_KPA;

  /** Present faults with their detail, as last reported. */
  private final Map<Fault, String> reported = new EnumMap<>(Fault.class);

  /** When each present fault was detected (the monitor's clock). */
  private final Map<Fault, Long> detectedAtMs = new EnumMap<>(Fault.class);

  /** Faults whose last event frame was given up: their state goes out again. */
  private final Set<Fault> toReannounce = EnumSet.noneOf(Fault.class);

  /**
   * One pass: finds what is present and sends an event for each change (and for each fault to
   * announce again), when {@code sendEvents}.
   */
  void check(
      long nowMs,
      Plant plant,
      Firmware.ConsoleInputs inputs,
      boolean armed,
      boolean running,
      boolean sendEvents,
      Consumer<ConsoleReport> reports) {
    Map<Fault, String> present = faultsPresent(plant, inputs, armed, running);
    for (Fault fault : Fault.consoleDetected()) {
      String now = present.get(fault);
      boolean was = reported.containsKey(fault);
      boolean changed = (now != null) != was;
      if (now != null && !was) {
        detectedAtMs.put(fault, nowMs);
      } else if (now == null && was) {
        detectedAtMs.remove(fault);
      }
      if (now != null) {
        reported.put(fault, now);
      } else {
        reported.remove(fault);
      }
      if (sendEvents && (changed || toReannounce.remove(fault))) {
        reports.accept(
            new ConsoleReport.ConsoleEvent(
                nowMs, fault, now != null, now != null ? now : ended(fault)));
      }
    }
  }

  /** The link gave up on an event frame: its fault's state goes out again at the next pass. */
  void reannounce(Fault fault) {
    if (fault.detectedByConsole()) {
      toReannounce.add(fault);
    }
  }

  /** The faults present at the last pass, with when each was detected (the monitor's clock). */
  Map<Fault, Long> detected() {
    return detectedAtMs.isEmpty() ? Map.of() : Map.copyOf(detectedAtMs);
  }

  /** What the console's sensors and inputs show now, each present fault with its detail. */
  static Map<Fault, String> faultsPresent(
      Plant plant, Firmware.ConsoleInputs inputs, boolean armed, boolean running) {
    Map<Fault, String> present = new EnumMap<>(Fault.class);
    if (Double.isNaN(plant.tipReadingC(inputs.faults()))) {
      present.put(Fault.TIP_SENSOR_OPEN, "tip thermocouple loop open");
    }
    if (inputs.estopPressed()) {
      present.put(Fault.ESTOP, "e-stop pressed");
    }
    if (running && !inputs.footSwitchPressed()) {
      present.put(Fault.FOOT_SWITCH_RELEASED, "foot switch released while running");
    }
    double supplyKPa = plant.supplyKPa();
    Valve supply = plant.supplyValve();
    if (armed
        && supply.commandedOpen()
        && supply.msSinceCommandChange() >= SUPPLY_FILL_MS
        && supplyKPa < MIN_SUPPLY_KPA) {
      present.put(Fault.SUPPLY_PRESSURE_LOW, kPa("supply", supplyKPa, "below", MIN_SUPPLY_KPA));
    }
    if (supplyKPa > MAX_SUPPLY_KPA) {
      present.put(Fault.SUPPLY_PRESSURE_HIGH, kPa("supply", supplyKPa, "above", MAX_SUPPLY_KPA));
    }
    if (plant.returnKPa() > MAX_RETURN_KPA) {
      present.put(Fault.EXHAUST_BLOCKED, kPa("return", plant.returnKPa(), "above", MAX_RETURN_KPA));
    }
    String stuck = stuckOpen(plant.probeValve());
    if (stuck == null) {
      stuck = stuckOpen(supply);
    }
    if (stuck != null) {
      present.put(Fault.VALVE_STUCK_OPEN, stuck);
    }
    double skinC = plant.skinC();
    if (Double.isNaN(skinC) || skinC < MIN_SKIN_C) {
      present.put(
          Fault.SKIN_TEMP_LOW,
          String.format(Locale.ROOT, "skin %.1f C below %.0f C", skinC, MIN_SKIN_C));
    }
    return present;
  }

  /** A valve sensed open against its close for longer than its travel and the console's grace. */
  private static String stuckOpen(Valve valve) {
    long sinceMs = valve.msSinceCommandChange();
    if (valve.sensedOpen()
        && !valve.commandedOpen()
        && sinceMs > valve.travelMs() + FirmwareSafety.POSITION_MISMATCH_MARGIN_MS) {
      return valve.name() + " sensed open " + sinceMs + " ms after it was commanded closed";
    }
    return null;
  }

  private static String kPa(String line, double valueKPa, String relation, double limitKPa) {
    return String.format(
        Locale.ROOT, "%s %.0f kPa %s %.0f kPa", line, valueKPa, relation, limitKPa);
  }

  private static String ended(Fault fault) {
    return switch (fault) {
      case TIP_SENSOR_OPEN -> "tip thermocouple reads again";
      case ESTOP -> "e-stop released";
      case FOOT_SWITCH_RELEASED -> "foot switch pressed, or the run ended";
      case SUPPLY_PRESSURE_LOW, SUPPLY_PRESSURE_HIGH -> "supply within its window";
      case EXHAUST_BLOCKED -> "return pressure back under its limit";
      case VALVE_STUCK_OPEN -> "valves follow their commands";
      case SKIN_TEMP_LOW -> "skin back above its limit";
      default -> throw new IllegalArgumentException(fault + " is not detected by the console");
    };
  }
}
