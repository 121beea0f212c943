package org.cryows.probecontrol.controller;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * A controller driven by hand, one report and one tick at a time, for transition tests. The
 * telemetry it sends is a healthy console's unless a test changes a field.
 */
final class ManualBench {

  static final FreezeProtocol PROTOCOL =
      new FreezeProtocol(Gas.CO2, -60, List.of(new FreezeCycle(2, 1), new FreezeCycle(2, 1)));

  final List<ConsoleCommand> sent = new ArrayList<>();
  final RecordingEvents events = new RecordingEvents();
  final ProbeController controller = new ProbeController(sent::add, events);

  long nowMs;
  long consoleTimeMs = 100_000;
  double tipC = 30;
  double supplyKPa = 4_400;
  double skinC = 31;
  boolean estop;
  boolean footSwitch;
  boolean probeSensedFollows = true;
  boolean probeSensedOpen;

  /** The tip cools towards the gas's limit while the probe valve is open, as a real tip does. */
  boolean tipFollowsGas = true;

  Telemetry sample() {
    boolean probeCommanded = controller.probeValveCommandedOpen();
    boolean supplyCommanded = controller.supplyValveCommandedOpen();
    return new Telemetry(
        consoleTimeMs,
        tipC,
        tipC + 8,
        supplyKPa,
        probeCommanded ? 90 : 5,
        probeCommanded,
        probeSensedFollows ? probeCommanded : probeSensedOpen,
        supplyCommanded,
        supplyCommanded,
        skinC,
        estop,
        footSwitch,
        40);
  }

  /** Moves time on by {@code ms}, a sample every 20 ms and a tick every 10 ms. */
  void run(long ms) {
    long end = nowMs + ms;
    while (nowMs < end) {
      nowMs += 10;
      consoleTimeMs += 10;
      if (tipFollowsGas && controller.probeValveCommandedOpen()) {
        tipC += 0.3 * (PROTOCOL.gas().coldestTipC() - tipC) * 0.01; // about 30 C/s from 30 C
      }
      if (nowMs % 20 == 0) {
        controller.onReport(nowMs, new ConsoleReport.TelemetryReport(sample()));
      } else {
        controller.tick(nowMs);
      }
    }
  }

  void report(ConsoleReport report) {
    controller.onReport(nowMs, report);
  }

  /** Connected, self-tested, protocol loaded, probe identified: READY. */
  ManualBench ready() {
    run(20);
    controller.connect(nowMs);
    report(new ConsoleReport.IdentityReport(new ConsoleIdentity("SN-1", "1.0", "CRYO-14G", 1, 10)));
    run(20);
    controller.selfTest(nowMs);
    run(200);
    report(new ConsoleReport.SelfTestReport(SelfTestResult.pass()));
    controller.loadProtocol(nowMs, PROTOCOL);
    run(20);
    return this;
  }

  /** READY, then armed, pedal down, started: FREEZING. */
  ManualBench freezing() {
    ready();
    controller.arm(nowMs);
    run(400);
    footSwitch = true;
    controller.footSwitch(nowMs, true);
    run(40);
    ActionResult started = controller.start(nowMs);
    if (!started.accepted()) {
      throw new AssertionError("start refused: " + started.reason());
    }
    return this;
  }

  long count(ConsoleCommand command) {
    return sent.stream().filter(command::equals).count();
  }
}
