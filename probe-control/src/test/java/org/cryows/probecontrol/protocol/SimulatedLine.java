package org.cryows.probecontrol.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.probecontrol.transport.LineNoise;
import org.cryows.probecontrol.transport.NoisyBytePort;

/**
 * A workstation link and a console endpoint over an in-memory line with switchable noise in each
 * direction, on simulated time: nothing sleeps, every run is reproducible.
 */
final class SimulatedLine {
  final long[] nowMs = {0};
  final NoisyBytePort workstationPort;
  final NoisyBytePort consolePort;
  final ProtocolLink link;
  final ConsoleEndpoint console;
  final List<ConsoleReport> reports = new ArrayList<>();
  final List<ConsoleCommand> commandsActedOn = new ArrayList<>();
  final List<ConsoleCommand> heartbeatsReceived = new ArrayList<>();
  boolean consoleRunning = true;

  SimulatedLine(LinkTiming timing, Function<ConsoleCommand, CommandVerdict> firmware) {
    var pair = InMemoryBytePort.pair("workstation", "console", 1 << 20);
    pair.a().open();
    pair.b().open();
    workstationPort = new NoisyBytePort(pair.a());
    consolePort = new NoisyBytePort(pair.b());
    link = new ProtocolLink(workstationPort, timing, () -> nowMs[0], reports::add);
    console =
        new ConsoleEndpoint(
            consolePort,
            timing,
            () -> nowMs[0],
            command -> {
              if (command instanceof ConsoleCommand.Heartbeat) {
                heartbeatsReceived.add(command);
                return CommandVerdict.accepted();
              }
              commandsActedOn.add(command);
              return firmware.apply(command);
            });
  }

  SimulatedLine() {
    this(LinkTiming.DEFAULT, command -> CommandVerdict.accepted());
  }

  /** Advances simulated time 1 ms at a time, letting both ends run each millisecond. */
  void run(long durationMs) {
    for (long i = 0; i < durationMs; i++) {
      nowMs[0]++;
      if (consoleRunning) {
        console.poll(0);
      }
      link.poll(0);
    }
  }

  void noiseToConsole(LineNoise noise) {
    workstationPort.setNoise(noise);
  }

  void noiseToWorkstation(LineNoise noise) {
    consolePort.setNoise(noise);
  }

  <T extends ConsoleReport> List<T> reportsOf(Class<T> type) {
    return reports.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
