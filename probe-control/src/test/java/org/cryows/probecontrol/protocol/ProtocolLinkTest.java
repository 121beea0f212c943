package org.cryows.probecontrol.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.probecontrol.transport.LineNoise;
import org.junit.jupiter.api.Test;

class ProtocolLinkTest {

  private static final ConsoleCommand ARM = new ConsoleCommand.Arm();
  private static final ConsoleCommand OPEN = new ConsoleCommand.SetProbeValve(true);
  private static final ConsoleCommand CLOSE = new ConsoleCommand.SetProbeValve(false);

  @Test
  void send_overACleanLine_consoleActsOnceAndNothingIsReported() {
    var line = new SimulatedLine();
    line.link.send(ARM);
    line.run(100);
    assertEquals(List.of(ARM), line.commandsActedOn);
    assertEquals(List.of(), line.reportsOf(ConsoleReport.CommandUndelivered.class));
    assertEquals(List.of(), line.reportsOf(ConsoleReport.CommandRejected.class));
    assertEquals(0, line.link.statistics().pendingMessages());
  }

  @Test
  void send_consoleRefuses_commandRejectedWithTheConsolesReason() {
    var line =
        new SimulatedLine(LinkTiming.DEFAULT, c -> CommandVerdict.refused("no protocol loaded"));
    line.link.send(ARM);
    line.run(50);
    assertEquals(
        List.of(new ConsoleReport.CommandRejected(ARM, "no protocol loaded")),
        line.reportsOf(ConsoleReport.CommandRejected.class));
    assertEquals(1, line.link.statistics().rejected());
  }

  @Test
  void send_consoleSilent_undeliveredAfterExactlyTheBoundedRetries() {
    var line = new SimulatedLine();
    line.consoleRunning = false;
    line.link.send(ARM);
    line.run(LinkTiming.DEFAULT.giveUpAfterMs() - 1);
    assertEquals(List.of(), line.reportsOf(ConsoleReport.CommandUndelivered.class));
    line.run(1);
    var undelivered = line.reportsOf(ConsoleReport.CommandUndelivered.class);
    assertEquals(1, undelivered.size());
    assertEquals(ARM, undelivered.getFirst().command());
    assertTrue(undelivered.getFirst().reason().contains("4 attempt(s)"), undelivered.toString());
    assertEquals(3, line.link.statistics().retransmissions());
  }

  @Test
  void send_acksLostOnce_retriedButActedOnOnlyOnce() {
    var line = new SimulatedLine();
    line.run(10);
    line.noiseToWorkstation(LineNoise.CUT);
    line.link.send(ARM);
    line.run(30);
    line.noiseToWorkstation(LineNoise.NONE);
    line.run(200);
    assertEquals(List.of(ARM), line.commandsActedOn);
    assertEquals(List.of(), line.reportsOf(ConsoleReport.CommandUndelivered.class));
    assertTrue(line.console.statistics().duplicatesSuppressed() >= 1);
    assertTrue(line.link.statistics().retransmissions() >= 1);
  }

  @Test
  void send_severalWhileOneIsRetried_actedOnInTheOrderSent() {
    var line = new SimulatedLine();
    line.noiseToConsole(LineNoise.CUT);
    line.link.send(OPEN);
    line.link.send(CLOSE);
    line.link.send(ARM);
    line.run(50);
    line.noiseToConsole(LineNoise.NONE);
    line.run(300);
    assertEquals(List.of(OPEN, CLOSE, ARM), line.commandsActedOn);
  }

  @Test
  void send_afterTheWorkstationRestarts_sameSequenceNumbersAreNotTakenForRetries() {
    var line = new SimulatedLine();
    line.link.send(ARM);
    line.run(50);
    var restarted =
        new ProtocolLink(line.workstationPort, LinkTiming.DEFAULT, () -> line.nowMs[0], r -> {});
    restarted.send(ARM);
    for (int i = 0; i < 50; i++) {
      line.nowMs[0]++;
      line.console.poll(0);
      restarted.poll(0);
    }
    assertEquals(List.of(ARM, ARM), line.commandsActedOn);
  }

  @Test
  void send_moreThanTheQueueHolds_theExcessUndeliveredAtOnce() {
    var timing = new LinkTiming(40, 4, 100, 2);
    var line = new SimulatedLine(timing, c -> CommandVerdict.accepted());
    line.consoleRunning = false;
    for (int i = 0; i < 5; i++) {
      line.link.send(new ConsoleCommand.SetSupplyValve(i % 2 == 0));
    }
    line.run(1);
    var undelivered = line.reportsOf(ConsoleReport.CommandUndelivered.class);
    assertEquals(2, undelivered.size());
    assertTrue(undelivered.getFirst().reason().startsWith("refused"), undelivered.toString());
  }

  @Test
  void heartbeats_bothWays_everyPeriodWhileBothEndsPoll() {
    var line = new SimulatedLine();
    line.run(1000);
    assertEquals(10, line.heartbeatsReceived.size());
    assertEquals(10, line.reportsOf(ConsoleReport.ConsoleHeartbeat.class).size());
  }

  @Test
  void heartbeat_sentByTheController_goesOutAtOnceUnacked() {
    var line = new SimulatedLine();
    line.run(1);
    line.link.send(new ConsoleCommand.Heartbeat());
    line.run(1);
    assertEquals(2, line.heartbeatsReceived.size());
    assertEquals(List.of(), line.commandsActedOn);
    assertEquals(0, line.link.statistics().pendingMessages());
  }

  @Test
  void telemetry_at50Hz_arrivesUnchangedAndIsNeverAcked() {
    var line = new SimulatedLine();
    line.run(1);
    long framesBefore = line.link.statistics().framesSent();
    for (int i = 0; i < 50; i++) {
      line.console.send(new ConsoleReport.TelemetryReport(sample(i * 20L)));
      line.run(20);
    }
    var received = line.reportsOf(ConsoleReport.TelemetryReport.class);
    assertEquals(50, received.size());
    assertEquals(sample(980), received.getLast().telemetry());
    long workstationFrames = line.link.statistics().framesSent() - framesBefore;
    assertEquals(10, workstationFrames, "only heartbeats went back");
    assertEquals(0, line.link.statistics().periodicFramesMissed());
  }

  @Test
  void telemetry_framesLostToNoise_countedAsMissed() {
    var line = new SimulatedLine();
    line.run(1);
    line.console.send(new ConsoleReport.TelemetryReport(sample(0)));
    line.noiseToWorkstation(LineNoise.CUT);
    line.console.send(new ConsoleReport.TelemetryReport(sample(20)));
    line.console.send(new ConsoleReport.TelemetryReport(sample(40)));
    line.noiseToWorkstation(LineNoise.NONE);
    line.console.send(new ConsoleReport.TelemetryReport(sample(60)));
    line.run(1);
    assertEquals(2, line.link.statistics().periodicFramesMissed());
  }

  @Test
  void consoleAlarm_lostOnce_retriedAndDeliveredOnce() {
    var line = new SimulatedLine();
    line.run(5);
    var alarm = new ConsoleReport.ConsoleAlarmRaised("OVERPRESSURE", "supply 7200 kPa");
    line.noiseToWorkstation(LineNoise.CUT);
    line.console.send(alarm);
    line.run(30);
    line.noiseToWorkstation(LineNoise.NONE);
    line.run(300);
    assertEquals(List.of(alarm), line.reportsOf(ConsoleReport.ConsoleAlarmRaised.class));
    assertTrue(line.console.statistics().retransmissions() >= 1);
  }

  @Test
  void consoleSend_textTooLongForAFrame_refusedAtOnceAndTheLinkGoesOn() {
    var line = new SimulatedLine();
    var tooLong = new ConsoleReport.ConsoleAlarmRaised("X", "x".repeat(5000));
    assertThrows(IllegalArgumentException.class, () -> line.console.send(tooLong));
    var alarm = new ConsoleReport.ConsoleAlarmRaised("LOW_GAS", "supply 900 kPa");
    line.console.send(alarm);
    line.run(50);
    assertEquals(List.of(alarm), line.reportsOf(ConsoleReport.ConsoleAlarmRaised.class));
  }

  @Test
  void identify_answeredWithAReport_reachesTheWorkstation() {
    var identity = new ConsoleIdentity("CS-1", "1.0.0", "CryoNeedle 22G", 2, 10);
    ConsoleEndpoint[] console = new ConsoleEndpoint[1];
    var line =
        new SimulatedLine(
            LinkTiming.DEFAULT,
            command -> {
              console[0].send(new ConsoleReport.IdentityReport(identity));
              return CommandVerdict.accepted();
            });
    console[0] = line.console;
    line.link.send(new ConsoleCommand.Identify());
    line.run(50);
    assertEquals(
        List.of(new ConsoleReport.IdentityReport(identity)),
        line.reportsOf(ConsoleReport.IdentityReport.class));
  }

  @Test
  void lineNoise_briefBurst_everyCommandActedOnOnceAndTheSessionGoesOn() {
    var line = new SimulatedLine();
    line.run(10);
    line.noiseToConsole(LineNoise.random(1, 0.02, 0.005, 0.005));
    line.noiseToWorkstation(LineNoise.random(2, 0.02, 0.005, 0.005));
    List<ConsoleCommand> sent = List.of(ARM, OPEN, CLOSE, new ConsoleCommand.Stop());
    for (int t = 0; t < 300; t += 20) {
      line.console.send(new ConsoleReport.TelemetryReport(sample(t)));
      if (t % 80 == 0) {
        line.link.send(sent.get(t / 80));
      }
      line.run(20);
    }
    line.noiseToConsole(LineNoise.NONE);
    line.noiseToWorkstation(LineNoise.NONE);
    line.run(500);
    line.console.send(new ConsoleReport.TelemetryReport(sample(1000)));
    line.run(1);

    assertEquals(sent, line.commandsActedOn);
    assertEquals(List.of(), line.reportsOf(ConsoleReport.CommandUndelivered.class));
    assertTrue(line.link.statistics().totalDecodeErrors() > 0, "the noise did corrupt frames");
    assertEquals(
        sample(1000), line.reportsOf(ConsoleReport.TelemetryReport.class).getLast().telemetry());
  }

  @Test
  void receive_aCommandAtTheWorkstation_countedAsUnexpectedAndNeverActedOn() {
    var pair = InMemoryBytePort.pair("a", "b");
    pair.a().open();
    pair.b().open();
    long[] now = {0};
    List<ConsoleReport> reportsAtOne = new java.util.ArrayList<>();
    var one = new ProtocolLink(pair.a(), LinkTiming.DEFAULT, () -> now[0], reportsAtOne::add);
    var two = new ProtocolLink(pair.b(), LinkTiming.DEFAULT, () -> now[0], r -> {});
    one.send(ARM);
    for (int i = 0; i < 200; i++) {
      now[0]++;
      one.poll(0);
      two.poll(0);
    }
    assertTrue(two.statistics().unexpectedMessages() >= 2, "heartbeats and the command");
    assertEquals(1, reportsAtOne.size(), reportsAtOne.toString());
    assertEquals(ARM, ((ConsoleReport.CommandUndelivered) reportsAtOne.getFirst()).command());
  }

  static Telemetry sample(long timeMs) {
    return new Telemetry(
        timeMs, -60 - timeMs / 1000.0, -55, 5400, 110, true, true, true, true, 32, false, true, 12);
  }
}
