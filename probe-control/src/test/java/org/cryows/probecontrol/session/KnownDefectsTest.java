package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/**
 * One example per defect that integrating the controller with the simulator and the wire protocol
 * found, through the real wiring on simulated time; each failed before its fix (docs/hazards.md,
 * "Defects found end to end"). The randomized properties in {@link SessionPropertyTest} cover the
 * same ground at random; these keep the exact cases.
 */
class KnownDefectsTest {

  /** Connect, load, self-test, arm, pedal, start at seed 1's times (start at 2451 ms). */
  private static SessionCase freeze(
      Gas gas, double setpointC, FreezeCycle cycle, long durationMs, List<ScheduledFault> faults) {
    return new SessionCase(
        gas,
        setpointC,
        List.of(cycle),
        SessionPropertyTest.scriptedStart(1),
        faults,
        durationMs,
        1);
  }

  @Test
  void selfTest_onTheSimulator_passes() {
    SessionCheck check =
        SessionPropertyTest.runInMemory(
            freeze(Gas.CO2, -70, new FreezeCycle(5, 0), 2_050, List.of()));
    assertEquals(
        ControllerState.READY, check.controller().state(), check.seriousAlarmsRaised()::toString);
  }

  @Test
  void cleanFreeze_endingWhileTheSupplyValveCloses_raisesNoAlarm() {
    SessionCheck check =
        SessionPropertyTest.runInMemory(
            freeze(Gas.CO2, -78, new FreezeCycle(3, 0), 7_950, List.of()));
    assertEquals(ControllerState.COMPLETE, check.controller().state());
    assertEquals(List.of(), check.seriousAlarmsRaised());
  }

  @Test
  void tipSensorShort_duringAFreeze_stopsTheGasWithin100Ms() {
    SessionCase session =
        freeze(
            Gas.CO2,
            -70,
            new FreezeCycle(20, 0),
            3_500,
            List.of(ScheduledFault.untilEnd(2.7, Fault.TIP_SENSOR_SHORT)));
    var pair = org.cryows.probecontrol.transport.InMemoryBytePort.pair("ws", "console");
    pair.a().open();
    pair.b().open();
    SessionCheck check = new SessionCheck(session, pair.a(), pair.b(), null);
    check
        .run
        .loop()
        .setObserver(
            tMs -> {
              if (tMs >= 2_800) {
                assertTrue(
                    !check.run.simulator().readSensors().probeValveSensedOpen(),
                    "probe valve open at " + tMs + " ms, 100 ms after the tip sensor shorted");
              }
            });
    check.run();
  }

  @Test
  void supplyPressureHigh_tripsTheControllersOwnInterlock() {
    SessionCheck check =
        SessionPropertyTest.runInMemory(
            freeze(
                Gas.N2O,
                -80,
                new FreezeCycle(20, 0),
                5_000,
                List.of(ScheduledFault.untilEnd(3.0, Fault.SUPPLY_PRESSURE_HIGH))));
    assertTrue(
        check.seriousAlarmsRaised().stream().anyMatch(a -> a.contains(" SUPPLY_PRESSURE_HIGH ")),
        check.seriousAlarmsRaised()::toString);
  }

  @Test
  void commLossWhileStopped_linkBack_noFirmwareHangAndNoLeak() {
    // Stopped with gas closed in; the line goes down for 3 s, the console's watchdog trips and
    // vents; telemetry comes back before the console's next heartbeat.
    List<SessionCase.Step> steps = new ArrayList<>(SessionPropertyTest.scriptedStart(1));
    steps.add(new SessionCase.Step(4_000, SessionCase.Kind.STOP, 0));
    SessionCase session =
        new SessionCase(
            Gas.CO2,
            -70,
            List.of(new FreezeCycle(20, 0)),
            steps,
            List.of(new ScheduledFault(5.0, Fault.COMM_LOSS, 3.0)),
            16_000,
            1);
    SessionCheck check = SessionPropertyTest.runInMemory(session);
    SessionPropertyTest.assertNoViolations(check);
    List<String> alarms = check.seriousAlarmsRaised();
    assertTrue(alarms.stream().anyMatch(a -> a.contains(" LINK_LOSS ")), alarms::toString);
    assertTrue(
        alarms.stream().noneMatch(a -> a.contains(" FIRMWARE_HANG ") || a.contains(" LEAK ")),
        alarms::toString);
  }

  @Test
  void commLossDuringAFreeze_linkBack_noFirmwareHang() {
    SessionCheck check =
        SessionPropertyTest.runInMemory(
            freeze(
                Gas.N2O,
                -60,
                new FreezeCycle(20, 0),
                12_000,
                List.of(new ScheduledFault(4.0, Fault.COMM_LOSS, 3.0))));
    SessionPropertyTest.assertNoViolations(check);
    List<String> alarms = check.seriousAlarmsRaised();
    assertTrue(alarms.stream().anyMatch(a -> a.contains(" LINK_LOSS ")), alarms::toString);
    assertTrue(alarms.stream().noneMatch(a -> a.contains(" FIRMWARE_HANG ")), alarms::toString);
  }
}
