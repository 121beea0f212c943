package org.cryows.probecontrol.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * A simulator with a recording report consumer and a stand-in workstation that sends heartbeats
 * every {@link #HEARTBEAT_PERIOD_MS} (and, like a real link, none while COMM_LOSS is active).
 */
final class ConsoleHarness {
  static final long HEARTBEAT_PERIOD_MS = 100;

  final List<ConsoleReport> reports = new ArrayList<>();
  final List<Long> reportTimesMs = new ArrayList<>();
  final ConsoleSimulator sim;
  boolean sendHeartbeats = true;

  ConsoleHarness(Gas gas) {
    this(SimulatorConfig.defaults(gas));
  }

  ConsoleHarness(SimulatorConfig config) {
    ConsoleSimulator[] self = new ConsoleSimulator[1];
    sim =
        new ConsoleSimulator(
            config,
            report -> {
              reports.add(report);
              reportTimesMs.add(self[0].nowMs());
            });
    self[0] = sim;
  }

  static FreezeProtocol protocol(Gas gas) {
    return new FreezeProtocol(gas, -60, List.of(new FreezeCycle(120, 60)));
  }

  /** Sends a command as the workstation would: nothing arrives while the link is down. */
  CommandResult send(ConsoleCommand command) {
    if (sim.linkDown()) {
      return new CommandResult.Unanswered("link down");
    }
    return sim.handle(command);
  }

  /** Lets time pass, the workstation sending its heartbeats. */
  void run(long ms) {
    long endMs = sim.nowMs() + ms;
    while (sim.nowMs() < endMs) {
      if (sendHeartbeats && sim.nowMs() % HEARTBEAT_PERIOD_MS == 0) {
        send(new ConsoleCommand.Heartbeat());
      }
      long next = Math.min(endMs, (sim.nowMs() / HEARTBEAT_PERIOD_MS + 1) * HEARTBEAT_PERIOD_MS);
      sim.advance(next - sim.nowMs());
    }
  }

  /** Identify, load, self-test (passing), arm, foot switch, start, open the probe valve. */
  void bringToFreezing(Gas gas) {
    bringToArmed(gas);
    sim.setFootSwitchPressed(true);
    assertTrue(send(new ConsoleCommand.Start()).accepted());
    assertTrue(send(new ConsoleCommand.SetProbeValve(true)).accepted());
  }

  void bringToArmed(Gas gas) {
    run(100);
    assertTrue(send(new ConsoleCommand.Identify()).accepted());
    assertTrue(send(new ConsoleCommand.LoadProtocol(protocol(gas))).accepted());
    assertTrue(send(new ConsoleCommand.RunSelfTest()).accepted());
    run(2000);
    SelfTestResult result = lastSelfTest();
    assertTrue(result.passed(), () -> "self-test failed: " + result.failures());
    assertTrue(send(new ConsoleCommand.Arm()).accepted());
    run(300);
  }

  SelfTestResult lastSelfTest() {
    return reports.stream()
        .filter(r -> r instanceof ConsoleReport.SelfTestReport)
        .map(r -> ((ConsoleReport.SelfTestReport) r).result())
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no self-test report"));
  }

  List<Telemetry> telemetry() {
    return reports.stream()
        .filter(r -> r instanceof ConsoleReport.TelemetryReport)
        .map(r -> ((ConsoleReport.TelemetryReport) r).telemetry())
        .toList();
  }

  Telemetry lastTelemetry() {
    List<Telemetry> all = telemetry();
    return all.get(all.size() - 1);
  }

  List<Telemetry> telemetrySince(long fromMs) {
    return telemetry().stream().filter(t -> t.consoleTimeMs() >= fromMs).toList();
  }

  List<String> alarmsRaised() {
    return reports.stream()
        .filter(r -> r instanceof ConsoleReport.ConsoleAlarmRaised)
        .map(r -> ((ConsoleReport.ConsoleAlarmRaised) r).code())
        .toList();
  }

  List<String> alarmsCleared() {
    return reports.stream()
        .filter(r -> r instanceof ConsoleReport.ConsoleAlarmCleared)
        .map(r -> ((ConsoleReport.ConsoleAlarmCleared) r).code())
        .toList();
  }

  /** Time of the first report of {@code code} raised, or -1. */
  long alarmRaisedAtMs(String code) {
    for (int i = 0; i < reports.size(); i++) {
      if (reports.get(i) instanceof ConsoleReport.ConsoleAlarmRaised a && a.code().equals(code)) {
        return reportTimesMs.get(i);
      }
    }
    return -1;
  }

  void injectAt(double atSec, org.cryows.probecontrol.console.Fault fault) {
    sim.inject(ScheduledFault.untilEnd(atSec, fault));
  }

  void injectFor(double atSec, org.cryows.probecontrol.console.Fault fault, double durationSec) {
    sim.inject(new ScheduledFault(atSec, fault, durationSec));
  }
}
