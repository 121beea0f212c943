package org.cryows.probecontrol.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.interlock.ExhaustBlockedInterlock;
import org.cryows.probecontrol.interlock.FirmwareHangInterlock;
import org.cryows.probecontrol.interlock.FootSwitchInterlock;
import org.cryows.probecontrol.interlock.ProbeIdentityInterlock;
import org.cryows.probecontrol.interlock.SkinTemperatureLowInterlock;
import org.cryows.probecontrol.interlock.TipSensorInterlock;
import org.cryows.testkit.ExpectedErrorLog;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

/** The state machine, one transition at a time. */
class ProbeControllerTest {

  private final ManualBench bench = new ManualBench();
  private final ProbeController controller = bench.controller;

  @Test
  void connect_disconnected_connectsAndAsksForIdentity() {
    assertTrue(controller.connect(0).accepted());
    assertEquals(ControllerState.CONNECTED, controller.state());
    assertEquals(List.of(new ConsoleCommand.Identify()), bench.sent);
  }

  @Test
  void connect_alreadyConnected_refused() {
    controller.connect(0);
    assertFalse(controller.connect(10).accepted());
  }

  @Test
  void tick_connected_heartbeatEvery100ms() {
    controller.connect(0);
    bench.run(1_000);
    assertEquals(10, bench.count(new ConsoleCommand.Heartbeat()));
  }

  @Test
  void tick_disconnected_sendsNothing() {
    bench.run(1_000);
    assertTrue(bench.sent.isEmpty());
  }

  @Test
  void selfTest_passes_ready() {
    bench.ready();
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void selfTest_fails_backToConnectedWithAlarmNamingTheCheck() {
    controller.connect(0);
    controller.selfTest(10);
    bench.nowMs = 10;
    bench.report(new ConsoleReport.SelfTestReport(SelfTestResult.fail(List.of("valve sensor"))));
    assertEquals(ControllerState.CONNECTED, controller.state());
    assertTrue(
        controller.alarms(10).find("SELF_TEST_FAILED").orElseThrow().message().contains("valve"));
  }

  @Test
  void selfTest_noAnswer_timesOutToConnected() {
    controller.connect(0);
    controller.selfTest(0);
    bench.run(ProbeController.SELF_TEST_TIMEOUT_MS - 20);
    assertEquals(ControllerState.SELF_TEST, controller.state());
    bench.run(40);
    assertEquals(ControllerState.CONNECTED, controller.state());
  }

  @Test
  void loadProtocol_setpointColderThanTheGas_refusedWithTheReason() {
    bench.ready();
    ActionResult result =
        controller.act(
            bench.nowMs,
            new OperatorAction.LoadProtocol(Gas.CO2, -80, List.of(new FreezeCycle(60, 30))));
    assertFalse(result.accepted());
    assertTrue(result.reason().contains("colder than CO2 can reach"), result.reason());
    assertEquals(ManualBench.PROTOCOL, controller.protocol().orElseThrow());
  }

  @Test
  void loadProtocol_gasTheConsoleDoesNotDrive_refusedNamingIt() {
    bench.ready();
    ActionResult result =
        controller.act(
            bench.nowMs,
            new OperatorAction.LoadProtocol(Gas.ARGON, -120, List.of(new FreezeCycle(60, 30))));
    assertFalse(result.accepted());
    assertTrue(result.reason().contains("drives CO2 and N2O, not ARGON"), result.reason());
    assertEquals(ManualBench.PROTOCOL, controller.protocol().orElseThrow());
  }

  @Test
  void loadProtocol_activeThaw_refused() {
    bench.ready();
    ActionResult result =
        controller.act(
            bench.nowMs,
            new OperatorAction.LoadProtocol(Gas.CO2, -70, List.of(new FreezeCycle(60, 0, 30))));
    assertFalse(result.accepted());
    assertTrue(result.reason().contains("active thaw"), result.reason());
    assertEquals(ManualBench.PROTOCOL, controller.protocol().orElseThrow());
  }

  @Test
  void arm_beforeSelfTest_refused() {
    controller.connect(0);
    controller.loadProtocol(0, ManualBench.PROTOCOL);
    assertFalse(controller.arm(10).accepted());
    assertEquals(ControllerState.CONNECTED, controller.state());
  }

  @Test
  void arm_withoutProtocol_refused() {
    controller.connect(0);
    controller.selfTest(0);
    bench.report(new ConsoleReport.SelfTestReport(SelfTestResult.pass()));
    ActionResult result = controller.arm(10);
    assertFalse(result.accepted());
    assertTrue(result.reason().contains("protocol"));
  }

  @Test
  void arm_ready_armsAndPressurises() {
    bench.ready();
    assertTrue(controller.arm(bench.nowMs).accepted());
    assertEquals(ControllerState.ARMED, controller.state());
    assertTrue(bench.sent.contains(new ConsoleCommand.Arm()));
    assertTrue(controller.supplyValveCommandedOpen());
  }

  @Test
  void arm_probeUsedUp_tripsIntoFault() {
    bench.ready();
    bench.report(
        new ConsoleReport.IdentityReport(new ConsoleIdentity("SN-1", "1.0", "CRYO-14G", 10, 10)));
    assertFalse(controller.arm(bench.nowMs).accepted());
    assertEquals(ControllerState.FAULT, controller.state());
    assertTrue(controller.alarms(bench.nowMs).find(ProbeIdentityInterlock.CODE).isPresent());
    assertFalse(bench.sent.contains(new ConsoleCommand.Arm()));
  }

  @Test
  void start_footSwitchUp_refused() {
    bench.ready();
    controller.arm(bench.nowMs);
    bench.run(400);
    ActionResult result = controller.start(bench.nowMs);
    assertFalse(result.accepted());
    assertTrue(result.reason().contains("foot switch"));
    assertEquals(ControllerState.ARMED, controller.state());
  }

  @Test
  void start_pedalOnlyOnOneChannel_refused() {
    bench.ready();
    controller.arm(bench.nowMs);
    bench.footSwitch = true; // console sees it, the workstation's input does not
    bench.run(400);
    assertFalse(controller.start(bench.nowMs).accepted());
  }

  @Test
  void start_notArmed_refused() {
    bench.ready();
    controller.footSwitch(bench.nowMs, true);
    assertFalse(controller.start(bench.nowMs).accepted());
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void start_telemetryStopped_linkLossFaultAndRefused() {
    bench.ready();
    controller.arm(bench.nowMs);
    bench.footSwitch = true;
    bench.run(400);
    controller.footSwitch(bench.nowMs, true);
    for (int i = 0; i < 25; i++) { // ticks only, no samples
      bench.nowMs += 10;
      controller.tick(bench.nowMs);
    }
    assertEquals(ControllerState.FAULT, controller.state());
    assertFalse(controller.start(bench.nowMs).accepted());
  }

  @Test
  void start_armedWithPedal_freezesAndOpensTheValveOnTheNextSample() {
    bench.freezing();
    assertEquals(ControllerState.FREEZING, controller.state());
    assertFalse(controller.probeValveCommandedOpen(), "no sample yet");
    bench.run(20);
    assertTrue(controller.probeValveCommandedOpen());
  }

  @Test
  void run_wholeProtocol_freezeThawEachCycleThenComplete() {
    bench.freezing();
    long startMs = bench.nowMs;
    bench.run(7_000);
    List<RecordingEvents.State> changes =
        bench.events.stateChanges().stream().filter(s -> s.tMs() >= startMs).toList();
    assertEquals(
        List.of(
            ControllerState.FREEZING,
            ControllerState.THAWING,
            ControllerState.FREEZING,
            ControllerState.THAWING,
            ControllerState.COMPLETE),
        changes.stream().map(RecordingEvents.State::to).toList());
    // Phases end on the 10 ms control grid, never early.
    assertTrue(changes.get(1).tMs() - startMs >= 2_000 && changes.get(1).tMs() - startMs < 2_010);
    assertTrue(changes.get(2).tMs() - changes.get(1).tMs() >= 1_000);
    assertFalse(controller.probeValveCommandedOpen());
    assertFalse(controller.supplyValveCommandedOpen());
  }

  @Test
  void thaw_isPassive_bothValvesClosed() {
    bench.freezing();
    bench.run(2_100);
    assertEquals(ControllerState.THAWING, controller.state());
    assertFalse(controller.probeValveCommandedOpen());
    assertFalse(controller.supplyValveCommandedOpen());
  }

  @Test
  void stop_duringFreeze_valvesClosedAndReady() {
    bench.freezing();
    bench.run(500);
    assertTrue(controller.stop(bench.nowMs).accepted());
    assertEquals(ControllerState.READY, controller.state());
    assertFalse(controller.probeValveCommandedOpen());
    assertEquals(new ConsoleCommand.Stop(), bench.sent.getLast());
  }

  @Test
  void footSwitchReleased_duringFreeze_faultWithValveClosedInTheSameCall() {
    bench.freezing();
    bench.run(500);
    assertTrue(controller.probeValveCommandedOpen());
    controller.footSwitch(bench.nowMs, false);
    assertEquals(ControllerState.FAULT, controller.state());
    assertFalse(controller.probeValveCommandedOpen());
    assertTrue(controller.alarms(bench.nowMs).find(FootSwitchInterlock.CODE).isPresent());
  }

  @Test
  void fault_acknowledgedWhileCauseRemains_staysFaultUntilCauseGone() {
    bench.freezing();
    bench.run(200);
    bench.skinC = 5;
    bench.run(20);
    assertEquals(ControllerState.FAULT, controller.state());

    controller.acknowledge(bench.nowMs, SkinTemperatureLowInterlock.CODE);
    bench.run(200);
    assertEquals(ControllerState.FAULT, controller.state(), "the skin is still cold");

    bench.skinC = 30;
    bench.run(20);
    assertEquals(ControllerState.READY, controller.state());
    assertTrue(controller.alarms(bench.nowMs).alarms().isEmpty());
  }

  @Test
  void fault_causeGoneButNotAcknowledged_staysFault() {
    bench.freezing();
    bench.run(200);
    bench.skinC = 5;
    bench.run(20);
    bench.skinC = 30;
    bench.run(1_000);
    assertEquals(ControllerState.FAULT, controller.state());
    assertTrue(controller.alarms(bench.nowMs).find(SkinTemperatureLowInterlock.CODE).isPresent());
    controller.acknowledge(bench.nowMs, SkinTemperatureLowInterlock.CODE);
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void consoleEvent_betweenTwoSamples_gasClosedAtOnceJournaledFirst() {
    bench.freezing();
    bench.run(500);
    assertTrue(controller.probeValveCommandedOpen());
    long t = bench.nowMs + 7; // between two samples, off the 10 ms grid
    var event = new ConsoleReport.ConsoleEvent(t + 1_000, Fault.SKIN_TEMP_LOW, true, "skin 9.8 C");
    controller.onReport(t, event);
    assertEquals(ControllerState.FAULT, controller.state());
    assertFalse(controller.probeValveCommandedOpen(), "closed by the event, not the next sample");
    List<RecordingEvents.Recorded> all = bench.events.all;
    int received = all.indexOf(new RecordingEvents.Report(t, event));
    int closed =
        all.indexOf(new RecordingEvents.Command(t, new ConsoleCommand.SetProbeValve(false)));
    assertTrue(received >= 0 && closed > received, "journaled, then acted on, at " + t + " ms");
    assertTrue(
        controller
            .alarms(t)
            .find(SkinTemperatureLowInterlock.CODE)
            .orElseThrow()
            .message()
            .contains("the console reports: skin 9.8 C"));
  }

  @Test
  void consoleEvent_conditionLastsUntilTheConsoleSaysItEnded() {
    bench.freezing();
    bench.run(500);
    controller.onReport(
        bench.nowMs, new ConsoleReport.ConsoleEvent(1, Fault.EXHAUST_BLOCKED, true, "346 kPa"));
    controller.acknowledge(bench.nowMs, ExhaustBlockedInterlock.CODE);
    bench.run(500); // the telemetry shows nothing wrong
    assertEquals(ControllerState.FAULT, controller.state(), "the console still reports it");
    controller.onReport(
        bench.nowMs, new ConsoleReport.ConsoleEvent(2, Fault.EXHAUST_BLOCKED, false, "back"));
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void consoleEvent_duplicated_raisesOnce() {
    bench.freezing();
    bench.run(500);
    var event = new ConsoleReport.ConsoleEvent(1, Fault.TIP_SENSOR_OPEN, true, "loop open");
    controller.onReport(bench.nowMs, event);
    int commands = bench.sent.size();
    controller.onReport(bench.nowMs + 3, event);
    assertEquals(commands, bench.sent.size(), "the duplicate commands nothing");
    bench.run(100);
    assertEquals(1, bench.events.raised(TipSensorInterlock.CODE).size());
    assertEquals(ControllerState.FAULT, controller.state());
  }

  @Test
  void consoleEvent_footSwitchReleasedWhileArmed_notAFault() {
    bench.ready();
    controller.arm(bench.nowMs);
    bench.run(100);
    controller.onReport(
        bench.nowMs,
        new ConsoleReport.ConsoleEvent(1, Fault.FOOT_SWITCH_RELEASED, true, "released"));
    assertEquals(ControllerState.ARMED, controller.state(), "the dead-man acts while freezing");
    assertFalse(controller.start(bench.nowMs).accepted());
  }

  @Test
  void consoleEvent_estop_entersEmergencyStopAndVents() {
    bench.freezing();
    bench.run(500);
    bench.sent.clear();
    controller.onReport(
        bench.nowMs, new ConsoleReport.ConsoleEvent(1, Fault.ESTOP, true, "e-stop pressed"));
    assertEquals(ControllerState.ESTOP, controller.state());
    assertTrue(bench.sent.contains(new ConsoleCommand.SetProbeValve(false)));
    assertTrue(bench.sent.contains(new ConsoleCommand.Vent()));
  }

  @Test
  void estop_operator_closesVentsAndLatchesUntilAcknowledged() {
    bench.freezing();
    bench.run(200);
    controller.estop(bench.nowMs);
    assertEquals(ControllerState.ESTOP, controller.state());
    assertTrue(bench.sent.contains(new ConsoleCommand.Vent()));
    assertFalse(controller.probeValveCommandedOpen());
    bench.run(1_000);
    assertEquals(ControllerState.ESTOP, controller.state());
    controller.acknowledge(bench.nowMs, ProbeController.OPERATOR_ESTOP.code());
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void estop_consoleButtonHeld_staysUntilReleasedAndAcknowledged() {
    bench.freezing();
    bench.run(200);
    bench.estop = true;
    bench.run(20);
    assertEquals(ControllerState.ESTOP, controller.state());
    controller.acknowledge(bench.nowMs, "ESTOP");
    bench.run(200);
    assertEquals(ControllerState.ESTOP, controller.state());
    bench.estop = false;
    bench.run(20);
    assertEquals(ControllerState.READY, controller.state());
  }

  @Test
  void commandRejected_duringFreeze_faultsAndCloses() {
    bench.freezing();
    bench.run(200);
    bench.report(new ConsoleReport.CommandRejected(new ConsoleCommand.SetProbeValve(true), "busy"));
    assertEquals(ControllerState.FAULT, controller.state());
    assertFalse(controller.probeValveCommandedOpen());
    assertTrue(
        controller
            .alarms(bench.nowMs)
            .find("COMMAND_FAILED")
            .orElseThrow()
            .message()
            .contains("busy"));
  }

  @Test
  void stuckProbeValve_afterStop_faultShutsSupplyAndVentsWithin100ms() {
    bench.freezing();
    bench.run(200);
    bench.probeSensedFollows = false;
    bench.probeSensedOpen = true;
    controller.stop(bench.nowMs);
    long stopMs = bench.nowMs;
    bench.run(100);
    assertEquals(ControllerState.FAULT, controller.state());
    RecordingEvents.State fault = bench.events.stateChanges().getLast();
    assertTrue(fault.tMs() - stopMs <= 100, "tripped after " + (fault.tMs() - stopMs) + " ms");
    assertFalse(controller.supplyValveCommandedOpen());
    assertTrue(bench.sent.contains(new ConsoleCommand.Vent()));
  }

  @Test
  void consoleStillShowsValveCommandedOpen_closeRepeated() {
    List<ConsoleCommand> sent = new java.util.ArrayList<>();
    ProbeController c = new ProbeController(sent::add, ControllerEvents.none());
    c.connect(0);
    for (long t = 20; t <= 500; t += 20) {
      // A console that missed our close: it still reports the valve commanded open.
      c.onReport(
          t,
          new ConsoleReport.TelemetryReport(
              new org.cryows.probecontrol.console.Telemetry(
                  t, 30, 38, 0, 5, true, false, false, false, 31, false, false, 40)));
    }
    long closes = sent.stream().filter(new ConsoleCommand.SetProbeValve(false)::equals).count();
    assertTrue(closes >= 4, "close sent " + closes + " times in 500 ms");
  }

  @Test
  void consoleStillShowsSupplyValveCommandedOpen_closeRepeatedExceptDuringItsSelfTest() {
    List<ConsoleCommand> sent = new java.util.ArrayList<>();
    ProbeController c = new ProbeController(sent::add, ControllerEvents.none());
    c.connect(0);
    c.selfTest(10);
    for (long t = 20; t <= 1_000; t += 20) {
      // During its self-test the console opens its own shut-off: not ours to close.
      c.onReport(t, supplyOpenOnTheConsole(t));
    }
    assertEquals(0, sent.stream().filter(new ConsoleCommand.SetSupplyValve(false)::equals).count());
    c.onReport(1_010, new ConsoleReport.SelfTestReport(SelfTestResult.pass()));
    for (long t = 1_020; t <= 1_500; t += 20) {
      // A console that missed our close (a hung firmware swallowed it): still commanded open.
      c.onReport(t, supplyOpenOnTheConsole(t));
    }
    long closes = sent.stream().filter(new ConsoleCommand.SetSupplyValve(false)::equals).count();
    assertTrue(closes >= 4, "close sent " + closes + " times in 480 ms");
  }

  private static ConsoleReport supplyOpenOnTheConsole(long t) {
    return new ConsoleReport.TelemetryReport(
        new org.cryows.probecontrol.console.Telemetry(
            t, 30, 38, 4_400, 5, false, false, true, true, 31, false, false, 40));
  }

  @Test
  void events_everyCommandJournaledBeforeItIsSent() {
    List<String> order = new java.util.ArrayList<>();
    ControllerEvents journal =
        new RecordingEvents() {
          @Override
          public void commandSent(long tMs, ConsoleCommand command) {
            order.add("journal " + command);
          }
        };
    ProbeController c = new ProbeController(cmd -> order.add("send " + cmd), journal);
    c.connect(0);
    c.tick(100);
    assertEquals(
        List.of("journal Identify[]", "send Identify[]", "journal Heartbeat[]", "send Heartbeat[]"),
        order);
  }

  @Test
  @ExpectedErrorLog(".*event receiver failed.*")
  void events_receiverThrows_controllerStillStopsTheGas() {
    ControllerEvents broken =
        new RecordingEvents() {
          @Override
          public void stateChanged(
              long tMs, ControllerState from, ControllerState to, String reason) {
            throw new IllegalStateException("disk full");
          }
        };
    List<ConsoleCommand> sent = new java.util.ArrayList<>();
    ProbeController c = new ProbeController(sent::add, broken);
    c.connect(0);
    c.estop(10);
    assertEquals(ControllerState.ESTOP, c.state());
    assertTrue(sent.contains(new ConsoleCommand.SetProbeValve(false)));
    assertTrue(sent.contains(new ConsoleCommand.Vent()));
  }

  /**
   * The console's firmware hangs right after making a sample; noise loses its first three copies
   * and the fourth arrives 60 ms after it was made. The sample is judged by its console time: the
   * hang trips 250 ms after the console made it (on the 10 ms grid), not 250 ms after its arrival.
   */
  @Test
  void firmwareHang_lastSampleArrivingLate_frozenCountedFromItsConsoleTime() {
    bench.freezing();
    bench.run(500);
    assertTrue(controller.probeValveCommandedOpen());
    bench.consoleTimeMs += 20;
    Telemetry last = bench.sample();
    long madeMs = bench.nowMs + 20;
    long trippedMs = -1;
    for (long t = bench.nowMs + 10; t <= madeMs + 400 && trippedMs < 0; t += 10) {
      if (t >= madeMs + 60 && (t - madeMs) % 20 == 0) {
        controller.onReport(t, new ConsoleReport.TelemetryReport(last));
      } else {
        controller.tick(t);
      }
      if (controller.alarms(t).find(FirmwareHangInterlock.CODE).isPresent()) {
        trippedMs = t;
        assertFalse(controller.probeValveCommandedOpen());
      }
    }
    assertTrue(
        trippedMs >= madeMs + FirmwareHangInterlock.FROZEN_MS
            && trippedMs <= madeMs + FirmwareHangInterlock.FROZEN_MS + 10,
        "tripped at " + trippedMs + ", the console made its last sample at " + madeMs);
  }

  @Test
  void time_goingBack_usesTheLatestTime() {
    controller.connect(1_000);
    controller.stop(900);
    RecordingEvents.Recorded last = bench.events.all.getLast();
    assertEquals(new RecordingEvents.Action(1_000, new OperatorAction.Stop()), last);
  }
}
