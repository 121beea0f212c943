package org.cryows.probecontrol.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;

/**
 * The console's self-test, a fixed sequence of 1.9 s of simulated time (the issue allows 2 s):
 *
 * <ol>
 *   <li>0 ms: both valves commanded closed, line vented.
 *   <li>{@value #CLOSED_CHECK_MS} ms: both position sensors must read closed; the tip thermocouple
 *       loop must be neither open nor short and read a plausible temperature; the skin sensor must
 *       read a plausible resting skin temperature; the e-stop must be released. If both valves are
 *       closed, the vent closes and the supply shut-off opens (the probe valve stays closed).
 *   <li>{@value #PRESSURE_CHECK_MS} ms: the supply line must hold the regulator's pressure (not
 *       below 600 psi, not above the over-pressure limit); the return line must be near zero with
 *       no flow. The shut-off closes, closing the line in.
 *   <li>{@value #HOLD_END_MS} ms: the closed-in line must have lost less than {@value
 *       #LEAK_TOLERANCE_PERCENT} % (a leak check). The vent opens.
 *   <li>{@value #DONE_MS} ms: the result is reported; it passes when no check failed.
 * </ol>
 */
final class SelfTest {
  static final long CLOSED_CHECK_MS = 100;
  static final long PRESSURE_CHECK_MS = 700;
  static final long HOLD_END_MS = 1500;
  static final long DONE_MS = 1900;

  /** Lowest healthy supply: 600 psi, the bottom of the consoles' range (DOMAIN.md). */
  static final double SUPPLY_LOW_KPA = 4137;

  /** Return pressure that still counts as "no pressure" once flow has stopped for 0.7 s. */
  static final double RETURN_AT_REST_MAX_KPA = 30;

  static final double LEAK_TOLERANCE_PERCENT = 3;
  static final double SKIN_AT_REST_MIN_C = 10;
  static final double SKIN_AT_REST_MAX_C = 45;
  static final double TIP_PLAUSIBLE_MIN_C = -100;
  static final double TIP_PLAUSIBLE_MAX_C = 60;

  private final long startMs;
  private final List<String> failures = new ArrayList<>();
  private int stepsDone;
  private boolean pressureChecksSkipped;
  private double heldKPa;

  SelfTest(long startMs, Plant plant) {
    this.startMs = startMs;
    plant.commandSafeState();
  }

  long nextDeadlineMs() {
    long[] offsets = {CLOSED_CHECK_MS, PRESSURE_CHECK_MS, HOLD_END_MS, DONE_MS};
    return stepsDone < offsets.length ? startMs + offsets[stepsDone] : Long.MAX_VALUE;
  }

  /** Runs the steps that are due; the result once the last step is done. */
  Optional<SelfTestResult> tick(long nowMs, Plant plant, Set<Fault> faults, boolean estopPressed) {
    while (nowMs >= nextDeadlineMs()) {
      switch (stepsDone) {
        case 0 -> checkAtRest(plant, faults, estopPressed);
        case 1 -> checkPressure(plant);
        case 2 -> checkHold(plant);
        default -> {
          stepsDone++;
          return Optional.of(
              failures.isEmpty() ? SelfTestResult.pass() : SelfTestResult.fail(failures));
        }
      }
      stepsDone++;
    }
    return Optional.empty();
  }

  /** The test ended early; the reason becomes its only failure. */
  SelfTestResult abort(String reason) {
    List<String> all = new ArrayList<>(failures);
    all.add("self-test aborted: " + reason);
    return SelfTestResult.fail(all);
  }

  private void checkAtRest(Plant plant, Set<Fault> faults, boolean estopPressed) {
    for (Valve valve : List.of(plant.probeValve(), plant.supplyValve())) {
      if (valve.sensedOpen()) {
        failures.add(valve.name() + " position sensor reads open with the valve commanded closed");
      }
    }
    String loop =
        TipThermocouple.loopFault(
            faults.contains(Fault.TIP_SENSOR_OPEN), faults.contains(Fault.TIP_SENSOR_SHORT));
    double tipC = plant.tipReadingC(faults);
    if (loop != null) {
      failures.add(loop);
    } else if (!(tipC >= TIP_PLAUSIBLE_MIN_C && tipC <= TIP_PLAUSIBLE_MAX_C)) {
      failures.add(format("tip thermocouple reads %.1f C, implausible", tipC));
    }
    double skinC = plant.skinC();
    if (!(skinC >= SKIN_AT_REST_MIN_C && skinC <= SKIN_AT_REST_MAX_C)) {
      failures.add(
          format(
              "skin sensor reads %.1f C, outside %.0f-%.0f C at rest",
              skinC, SKIN_AT_REST_MIN_C, SKIN_AT_REST_MAX_C));
    }
    if (estopPressed) {
      failures.add("e-stop pressed");
    }
    pressureChecksSkipped = plant.probeValve().sensedOpen() || plant.supplyValve().sensedOpen();
    if (!pressureChecksSkipped) {
      plant.setVenting(false);
      plant.supplyValve().command(true);
    }
  }

  private void checkPressure(Plant plant) {
    if (pressureChecksSkipped) {
      return;
    }
    double supplyKPa = plant.supplyKPa();
    if (supplyKPa < SUPPLY_LOW_KPA) {
      failures.add(format("supply pressure %.0f kPa below %.0f kPa", supplyKPa, SUPPLY_LOW_KPA));
    } else if (supplyKPa > FirmwareSafety.SUPPLY_OVER_PRESSURE_KPA) {
      failures.add(
          format(
              "supply pressure %.0f kPa above %.0f kPa",
              supplyKPa, FirmwareSafety.SUPPLY_OVER_PRESSURE_KPA));
    }
    if (plant.returnKPa() > RETURN_AT_REST_MAX_KPA) {
      failures.add(
          format("return line holds %.0f kPa with no flow (exhaust blocked?)", plant.returnKPa()));
    }
    plant.supplyValve().command(false);
    heldKPa = supplyKPa;
  }

  private void checkHold(Plant plant) {
    if (!pressureChecksSkipped && heldKPa > 0) {
      double nowKPa = plant.supplyKPa();
      if (nowKPa < heldKPa * (1 - LEAK_TOLERANCE_PERCENT / 100)) {
        failures.add(
            format(
                "supply line leak: closed-in pressure fell from %.0f to %.0f kPa in %.1f s",
                heldKPa, nowKPa, (HOLD_END_MS - PRESSURE_CHECK_MS) / 1000.0));
      }
    }
    plant.setVenting(true);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
