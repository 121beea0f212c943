package org.cryows.probecontrol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cryows.probecontrol.console.Fault;

/** The figures of one latency run: over the classes the console detects itself, and per class. */
final class LatencyFigures {
  private final List<LatencyRun.Sample> samples;

  private LatencyFigures(List<LatencyRun.Sample> samples) {
    this.samples = List.copyOf(samples);
  }

  static LatencyFigures of(List<LatencyRun.Sample> samples) {
    return new LatencyFigures(samples);
  }

  /** Console detection to the stopping command leaving the workstation. */
  Percentiles consoleToStop() {
    return overConsoleClasses(LatencyRun.Sample::toStopCommandMs);
  }

  /** Console detection to the valve that stops the gas reading closed. */
  Percentiles consoleToValveClosed() {
    return overConsoleClasses(LatencyRun.Sample::toValveClosedMs);
  }

  /** Console detection to its event frame in the workstation's hands (the line and its threads). */
  Percentiles consoleToEventHeard() {
    return overConsoleClasses(LatencyRun.Sample::toEventHeardMs);
  }

  /** Console detection to the alarm raised, as a session listener (a display) hears it. */
  Percentiles consoleToAlarm() {
    return overConsoleClasses(LatencyRun.Sample::toAlarmMs);
  }

  /** Whether every watchdog or trend class stopped the gas within its deadline, every time. */
  boolean watchdogClassesWithinDeadline() {
    for (LatencyRun.Sample sample : samples) {
      FaultClass c = sample.faultClass;
      if (c.deadlineMs() > 0) {
        Optional<Long> ms = sample.toStopCommandMs();
        if (ms.isEmpty() || ms.get() > c.deadlineMs()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * One entry per class exercised: count and p50/p99/max to the stopping command, and to the valve
   * closed; the deadline and how many met it for the workstation-judged classes; for line noise,
   * null figures and how many freezes went on through it.
   */
  ObjectNode perClass(ObjectMapper json) {
    Map<Fault, List<LatencyRun.Sample>> byClass = new EnumMap<>(Fault.class);
    for (LatencyRun.Sample sample : samples) {
      byClass.computeIfAbsent(sample.faultClass.fault(), f -> new ArrayList<>()).add(sample);
    }
    ObjectNode node = json.createObjectNode();
    for (Map.Entry<Fault, List<LatencyRun.Sample>> entry : byClass.entrySet()) {
      FaultClass c = FaultClass.of(entry.getKey());
      List<LatencyRun.Sample> runs = entry.getValue();
      ObjectNode one = node.putObject(entry.getKey().name());
      one.put("timedFrom", c.timedFrom().label);
      if (!c.closesGas()) {
        one.put("count", runs.size());
        one.putNull("p50");
        one.putNull("p99");
        one.putNull("max");
        one.put("closesGas", false);
        one.put("freezesKept", runs.stream().filter(s -> s.freezeKept).count());
        continue;
      }
      Percentiles toStop = percentiles(runs, LatencyRun.Sample::toStopCommandMs);
      one.put("count", runs.size());
      putFigures(one, toStop);
      if (c.timedFrom() != FaultClass.From.LINE_CLOSED_IN) {
        ConsoleBench.put(
            one, "toValveClosedMs", percentiles(runs, LatencyRun.Sample::toValveClosedMs));
      }
      if (c.deadlineMs() > 0) {
        one.put("deadlineMs", c.deadlineMs());
        one.put(
            "withinDeadline",
            runs.stream()
                .filter(s -> s.toStopCommandMs().map(ms -> ms <= c.deadlineMs()).orElse(false))
                .count());
      }
      long untimed = runs.stream().filter(s -> s.toStopCommandMs().isEmpty()).count();
      if (untimed > 0) {
        one.put("notStopped", untimed);
      }
    }
    return node;
  }

  private Percentiles overConsoleClasses(Function<LatencyRun.Sample, Optional<Long>> figure) {
    return percentiles(
        samples.stream()
            .filter(s -> s.faultClass.timedFrom() == FaultClass.From.CONSOLE_DETECTION)
            .toList(),
        figure);
  }

  private static Percentiles percentiles(
      List<LatencyRun.Sample> runs, Function<LatencyRun.Sample, Optional<Long>> figure) {
    List<Long> values = new ArrayList<>();
    for (LatencyRun.Sample sample : runs) {
      figure.apply(sample).ifPresent(values::add);
    }
    return Percentiles.of(values);
  }

  private static void putFigures(ObjectNode node, Percentiles p) {
    if (p.count() == 0) {
      node.putNull("p50");
      node.putNull("p99");
      node.putNull("max");
      return;
    }
    node.put("p50", p.p50());
    node.put("p99", p.p99());
    node.put("max", p.max());
  }
}
