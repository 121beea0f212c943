package org.cryows.probecontrol.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.transport.LineNoise;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * The link's promises on a line with random bursts of noise in both directions, in simulated time.
 * Each command is distinct (its freeze time is its index), so order and duplicates are visible.
 */
class LinkPropertyTest {

  @Property(tries = 1_000)
  void link_underRandomNoiseBursts_commandsNeverCorruptedDuplicatedOrReordered(
      @ForAll @IntRange(min = 1, max = 12) int commandCount,
      @ForAll @DoubleRange(min = 0, max = 0.05) double flipProbability,
      @ForAll @DoubleRange(min = 0, max = 0.02) double dropProbability,
      @ForAll @DoubleRange(min = 0, max = 0.01) double insertProbability,
      @ForAll Random random) {
    Map<ConsoleCommand, String> refusals = new HashMap<>();
    var line =
        new SimulatedLine(
            LinkTiming.DEFAULT,
            command ->
                refusals.containsKey(command)
                    ? CommandVerdict.refused(refusals.get(command))
                    : CommandVerdict.accepted());
    List<ConsoleCommand> sent = new ArrayList<>();
    for (int i = 0; i < commandCount; i++) {
      ConsoleCommand command = distinctCommand(i);
      sent.add(command);
      if (random.nextInt(5) == 0) {
        refusals.put(command, "refused #" + i);
      }
    }
    List<Telemetry> telemetrySent = new ArrayList<>();

    int next = 0;
    for (int t = 0; t < 3000; t += 10) {
      if (t % 200 == 0) {
        boolean noisy = random.nextInt(3) == 0;
        long seed = random.nextLong();
        line.noiseToConsole(
            noisy
                ? LineNoise.random(seed, flipProbability, dropProbability, insertProbability)
                : LineNoise.NONE);
        line.noiseToWorkstation(
            noisy
                ? LineNoise.random(~seed, flipProbability, dropProbability, insertProbability)
                : LineNoise.NONE);
      }
      if (next < sent.size() && random.nextInt(8) == 0) {
        line.link.send(sent.get(next++));
      }
      if (t % 20 == 0) {
        var sample = ProtocolLinkTest.sample(t);
        telemetrySent.add(sample);
        line.console.send(new ConsoleReport.TelemetryReport(sample));
      }
      line.run(10);
    }
    while (next < sent.size()) {
      line.link.send(sent.get(next++));
    }
    line.noiseToConsole(LineNoise.NONE);
    line.noiseToWorkstation(LineNoise.NONE);
    ConsoleCommand last = distinctCommand(99);
    line.link.send(last);
    line.run(1000);

    // Acted on: in the order sent, none twice, none changed (all are distinct values).
    assertInOrderSubsequence(line.commandsActedOn, append(sent, last));
    var rejected = line.reportsOf(ConsoleReport.CommandRejected.class);
    var undelivered = line.reportsOf(ConsoleReport.CommandUndelivered.class);
    for (ConsoleCommand command : sent) {
      long outcomes =
          rejected.stream().filter(r -> r.command().equals(command)).count()
              + undelivered.stream().filter(u -> u.command().equals(command)).count();
      assertTrue(outcomes <= 1, "at most one outcome report for " + command);
      boolean actedOn = line.commandsActedOn.contains(command);
      if (outcomes == 0) {
        assertTrue(actedOn, "acked, so acted on: " + command);
      }
      if (rejected.stream().anyMatch(r -> r.command().equals(command))) {
        assertTrue(actedOn && refusals.containsKey(command));
      }
    }
    for (var r : rejected) {
      assertEquals(refusals.get(r.command()), r.reason());
    }
    // After the noise, the session goes on: the last command gets through, telemetry flows.
    assertTrue(line.commandsActedOn.contains(last), "the session recovered");
    assertTrue(undelivered.stream().noneMatch(u -> u.command().equals(last)));
    assertEquals(0, line.link.statistics().pendingMessages());
    var telemetryReceived =
        line.reportsOf(ConsoleReport.TelemetryReport.class).stream()
            .map(ConsoleReport.TelemetryReport::telemetry)
            .toList();
    assertInOrderSubsequence(telemetryReceived, telemetrySent);
  }

  private static ConsoleCommand distinctCommand(int index) {
    return new ConsoleCommand.LoadProtocol(
        new FreezeProtocol(Gas.CO2, -60, List.of(new FreezeCycle(index + 1, 30))));
  }

  private static <T> List<T> append(List<T> list, T item) {
    var out = new ArrayList<>(list);
    out.add(item);
    return out;
  }

  /** Every element of {@code actual} is in {@code expected}, in the same order, none twice. */
  private static <T> void assertInOrderSubsequence(List<T> actual, List<T> expected) {
    int at = 0;
    for (T item : actual) {
      while (at < expected.size() && !expected.get(at).equals(item)) {
        at++;
      }
      assertTrue(at < expected.size(), item + " is out of order, repeated or never sent");
      at++;
    }
  }
}
