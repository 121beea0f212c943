package org.cryows.probecontrol.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.alarm.AlarmEvent;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.interlock.EStopInterlock;
import org.cryows.probecontrol.interlock.ExhaustBlockedInterlock;
import org.cryows.probecontrol.interlock.FailureToFreezeInterlock;
import org.cryows.probecontrol.interlock.FirmwareHangInterlock;
import org.cryows.probecontrol.interlock.FootSwitchInterlock;
import org.cryows.probecontrol.interlock.LeakInterlock;
import org.cryows.probecontrol.interlock.LinkLossInterlock;
import org.cryows.probecontrol.interlock.SkinTemperatureLowInterlock;
import org.cryows.probecontrol.interlock.SupplyPressureHighInterlock;
import org.cryows.probecontrol.interlock.SupplyPressureLowInterlock;
import org.cryows.probecontrol.interlock.TipSensorInterlock;
import org.cryows.probecontrol.interlock.ValveStuckInterlock;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each console fault, struck while the tip is cooling with gas flowing, trips the interlock made
 * for it and stops the gas within that interlock's deadline (measured here from the fault's onset
 * to the close command reaching the link).
 */
class FaultTripTest {

  private static final long ONSET_MS = 7_300; // the freeze starts at 5 s; valve open, cooling

  private static Scenario freezeWith(Fault fault, long onsetMs, long endMs, long durationMs) {
    return Scenario.clean(Gas.CO2, -70, List.of(new FreezeCycle(40, 5)), durationMs)
        .withFaults(List.of(new Scenario.FaultWindow(fault, onsetMs, endMs)));
  }

  /** Time from onset to the first command that stops the gas, or -1 if none came. */
  private static long msToGasStopped(SimulationRun run, long onsetMs, boolean supply) {
    for (RecordingEvents.Recorded r : run.events.all) {
      if (r.tMs() >= onsetMs
          && r instanceof RecordingEvents.Command c
          && c.command()
              .equals(
                  supply
                      ? new ConsoleCommand.SetSupplyValve(false)
                      : new ConsoleCommand.SetProbeValve(false))) {
        return c.tMs() - onsetMs;
      }
    }
    return -1;
  }

  @ParameterizedTest(name = "{0} trips {1} within {2} ms")
  @CsvSource({
    "ESTOP, " + EStopInterlock.CODE + ", 100",
    "FOOT_SWITCH_RELEASED, " + FootSwitchInterlock.CODE + ", 100",
    "TIP_SENSOR_OPEN, " + TipSensorInterlock.CODE + ", 100",
    "TIP_SENSOR_SHORT, " + TipSensorInterlock.CODE + ", 100",
    "SUPPLY_PRESSURE_HIGH, " + SupplyPressureHighInterlock.CODE + ", 100",
    "SUPPLY_PRESSURE_LOW, " + SupplyPressureLowInterlock.CODE + ", 100",
    "SKIN_TEMP_LOW, " + SkinTemperatureLowInterlock.CODE + ", 100",
    "EXHAUST_BLOCKED, " + ExhaustBlockedInterlock.CODE + ", 100",
    "COMM_LOSS, " + LinkLossInterlock.CODE + ", 300",
    "FIRMWARE_HANG, " + FirmwareHangInterlock.CODE + ", 300",
    "BLOCKED_PROBE, " + FailureToFreezeInterlock.CODE + ", 20100",
  })
  void fault_whileFreezing_tripsItsInterlockWithinDeadline(
      Fault fault, String expectedAlarm, long deadlineMs) {
    // BLOCKED_PROBE from the freeze's start: the tip never freezes.
    long onsetMs = fault == Fault.BLOCKED_PROBE ? 0 : ONSET_MS;
    long fromMs = fault == Fault.BLOCKED_PROBE ? 5_000 : ONSET_MS;
    SimulationRun run = new SimulationRun(freezeWith(fault, onsetMs, Long.MAX_VALUE, 40_000)).run();

    assertEquals(List.of(), run.violations);
    AlarmEvent first =
        run.events.alarms().stream().filter(a -> a.tMs() >= fromMs).findFirst().orElseThrow();
    assertEquals(expectedAlarm, first.code(), () -> "alarms " + run.events.alarms());
    ControllerState tripped = fault == Fault.ESTOP ? ControllerState.ESTOP : ControllerState.FAULT;
    assertTrue(run.events.states().contains(tripped), () -> "states " + run.events.states());
    long stoppedMs = msToGasStopped(run, fromMs, false);
    assertTrue(
        stoppedMs >= 0 && stoppedMs <= deadlineMs,
        fault + ": gas stopped after " + stoppedMs + " ms");
  }

  @Test
  void valveStuckOpen_nextCloseIgnored_supplyShutWithin100ms() {
    // Stuck from 10 s; the regulator next closes the valve near the setpoint and it stays open.
    SimulationRun run =
        new SimulationRun(freezeWith(Fault.VALVE_STUCK_OPEN, 10_000, Long.MAX_VALUE, 50_000)).run();

    assertEquals(List.of(), run.violations);
    long closeMs = 10_000 + msToGasStopped(run, 10_000, false);
    AlarmEvent stuck = run.events.raised(ValveStuckInterlock.CODE).getFirst();
    assertTrue(
        stuck.tMs() > closeMs && stuck.tMs() - closeMs <= 100,
        "tripped " + (stuck.tMs() - closeMs) + " ms after the ignored close");
    assertEquals(0, msToGasStopped(run, stuck.tMs(), true), "supply shut at the trip");
    assertTrue(run.events.commands().contains(new ConsoleCommand.Vent()));
  }

  @Test
  void leak_duringThaw_foundWithin10s() {
    Scenario scenario =
        Scenario.clean(Gas.CO2, -70, List.of(new FreezeCycle(10, 20)), 30_000)
            .withFaults(List.of(new Scenario.FaultWindow(Fault.LEAK, 0, Long.MAX_VALUE)));

    SimulationRun run = new SimulationRun(scenario).run();

    assertEquals(List.of(), run.violations);
    long thawMs =
        run.events.stateChanges().stream()
            .filter(s -> s.to() == ControllerState.THAWING)
            .findFirst()
            .orElseThrow()
            .tMs();
    AlarmEvent leak = run.events.raised(LeakInterlock.CODE).getFirst();
    assertTrue(leak.tMs() - thawMs <= 10_000, "found " + (leak.tMs() - thawMs) + " ms into thaw");
    assertTrue(run.events.commands().contains(new ConsoleCommand.Vent()));
  }

  @Test
  void lineNoise_throughTheWholeFreeze_doesNotStopIt() {
    Scenario scenario =
        Scenario.clean(Gas.CO2, -70, List.of(new FreezeCycle(30, 5)), 45_000)
            .withFaults(List.of(new Scenario.FaultWindow(Fault.LINE_NOISE, 0, Long.MAX_VALUE)));

    SimulationRun run = new SimulationRun(scenario).run();

    assertEquals(List.of(), run.violations);
    assertEquals(ControllerState.COMPLETE, run.events.states().getLast());
    assertTrue(run.events.alarms().isEmpty(), () -> "alarms " + run.events.alarms());
  }
}
