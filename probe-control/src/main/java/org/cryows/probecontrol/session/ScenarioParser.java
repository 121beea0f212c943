package org.cryows.probecontrol.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.simulator.FaultSchedule;
import org.cryows.probecontrol.simulator.FaultScheduleException;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.cryows.treatment.PlanHash;

/**
 * Reads a scenario file (the format is a contract: docs/session.md). Every error is a {@link
 * ScenarioException} that names the field ({@code protocol.cycles[0].freezeSec}, {@code
 * operator[3].action}) and says what was expected.
 */
public final class ScenarioParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TOP_FIELDS =
      Set.of("protocol", "operator", "faults", "durationSec");
  private static final Set<String> PROTOCOL_FIELDS =
      Set.of("gas", "setpointC", "cycles", "planHash");
  private static final Set<String> CYCLE_FIELDS = Set.of("freezeSec", "thawSec");
  private static final List<String> ACTIONS =
      List.of(
          "connect",
          "selfTest",
          "loadProtocol",
          "arm",
          "footSwitch",
          "start",
          "stop",
          "acknowledge",
          "pauseAudio",
          "estop");

  private ScenarioParser() {}

  /** Parses a scenario from its JSON text. */
  public static Scenario parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(
          "(file)",
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new ScenarioException(
          "(file)", "expected a JSON object {protocol, operator, faults, durationSec}");
    }
    onlyFields(root, "", TOP_FIELDS);
    long durationMs = millis(positive(root.get("durationSec"), "durationSec"), "durationSec");
    if (durationMs > Scenario.MAX_DURATION_MS) {
      throw new ScenarioException(
          "durationSec", "at most " + Scenario.MAX_DURATION_MS / 1000 + " s (a day)");
    }
    FreezeProtocol protocol = protocol(root.get("protocol"));
    Optional<PlanHash> planHash = planHash(root.get("protocol"));
    List<ScenarioStep> steps = steps(root.get("operator"), protocol, planHash, durationMs);
    FaultSchedule faults;
    try {
      faults = FaultSchedule.fromJson(root.get("faults"), "faults");
    } catch (FaultScheduleException e) {
      throw new ScenarioException(e.field(), problemOf(e), e);
    }
    for (int i = 0; i < faults.faults().size(); i++) {
      if (faults.faults().get(i).startMs() > durationMs) {
        throw new ScenarioException(
            "faults[" + i + "].atSec", "after the end of the scenario (durationSec)");
      }
    }
    return new Scenario(protocol, steps, faults, durationMs);
  }

  // ------------------------------------------------------------------ protocol

  private static FreezeProtocol protocol(JsonNode node) {
    String path = "protocol";
    if (node == null) {
      throw new ScenarioException(path, "required: {gas, setpointC, cycles}");
    }
    requireObject(node, path, "{gas, setpointC, cycles}");
    onlyFields(node, path + ".", PROTOCOL_FIELDS);
    Gas gas = Gas.CO2;
    JsonNode gasNode = node.get("gas");
    if (gasNode != null) {
      if (!gasNode.isTextual()) {
        throw new ScenarioException(path + ".gas", "must be \"CO2\" or \"N2O\", found " + gasNode);
      }
      try {
        gas = Gas.valueOf(gasNode.textValue());
      } catch (IllegalArgumentException e) {
        gas = null;
      }
      if (gas == null || !ConsoleCapabilities.STANDARD.drives(gas)) {
        throw new ScenarioException(
            path + ".gas", "must be \"CO2\" or \"N2O\", was \"" + gasNode.textValue() + "\"");
      }
    }
    double setpointC = number(node.get("setpointC"), path + ".setpointC");
    if (setpointC < gas.coldestTipC() || setpointC > FreezeProtocol.WARMEST_SETPOINT_C) {
      throw new ScenarioException(
          path + ".setpointC",
          String.format(
              Locale.ROOT,
              "must be from %s C (the coldest %s reaches) to %s C, was %s",
              gas.coldestTipC(),
              gas,
              FreezeProtocol.WARMEST_SETPOINT_C,
              setpointC));
    }
    JsonNode cyclesNode = node.get("cycles");
    String cyclesPath = path + ".cycles";
    if (cyclesNode == null) {
      throw new ScenarioException(cyclesPath, "required: [{freezeSec, thawSec}, ...]");
    }
    if (!cyclesNode.isArray()
        || cyclesNode.isEmpty()
        || cyclesNode.size() > FreezeProtocol.MAX_CYCLES) {
      throw new ScenarioException(
          cyclesPath,
          "must be an array of 1 to " + FreezeProtocol.MAX_CYCLES + " {freezeSec, thawSec}");
    }
    List<FreezeCycle> cycles = new ArrayList<>();
    for (int i = 0; i < cyclesNode.size(); i++) {
      cycles.add(cycle(cyclesNode.get(i), cyclesPath + "[" + i + "]"));
    }
    return new FreezeProtocol(gas, setpointC, cycles);
  }

  /** The signed plan the protocol comes from, when the file names it. */
  private static Optional<PlanHash> planHash(JsonNode protocol) {
    JsonNode node = protocol.get("planHash");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw new ScenarioException(
          "protocol.planHash", "must be text (\"sha256:\" and 64 hex digits), found " + node);
    }
    try {
      return Optional.of(new PlanHash(node.textValue()));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException("protocol.planHash", e.getMessage(), e);
    }
  }

  private static FreezeCycle cycle(JsonNode node, String path) {
    requireObject(node, path, "{freezeSec, thawSec}");
    onlyFields(node, path + ".", CYCLE_FIELDS);
    double freezeSec = number(node.get("freezeSec"), path + ".freezeSec");
    if (!(freezeSec > 0 && freezeSec <= FreezeCycle.MAX_PHASE_SEC)) {
      throw new ScenarioException(
          path + ".freezeSec",
          "must be more than 0 and at most " + FreezeCycle.MAX_PHASE_SEC + " s, was " + freezeSec);
    }
    double thawSec = number(node.get("thawSec"), path + ".thawSec");
    if (!(thawSec >= 0 && thawSec <= FreezeCycle.MAX_PHASE_SEC)) {
      throw new ScenarioException(
          path + ".thawSec", "must be 0 to " + FreezeCycle.MAX_PHASE_SEC + " s, was " + thawSec);
    }
    return new FreezeCycle(freezeSec, thawSec);
  }

  // ------------------------------------------------------------------ operator

  private static List<ScenarioStep> steps(
      JsonNode node, FreezeProtocol protocol, Optional<PlanHash> planHash, long durationMs) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new ScenarioException("operator", "must be an array of {atSec, action, ...}");
    }
    List<ScenarioStep> given = new ArrayList<>();
    boolean explicitLoad = false;
    for (int i = 0; i < node.size(); i++) {
      String path = "operator[" + i + "]";
      JsonNode entry = node.get(i);
      requireObject(entry, path, "{atSec, action, ...}");
      long atMs = millis(nonNegative(entry.get("atSec"), path + ".atSec"), path + ".atSec");
      if (atMs > durationMs) {
        throw new ScenarioException(path + ".atSec", "after the end of the scenario (durationSec)");
      }
      OperatorAction action =
          action(entry, path, OperatorAction.LoadProtocol.of(protocol, planHash));
      explicitLoad |= action instanceof OperatorAction.LoadProtocol;
      given.add(new ScenarioStep(atMs, action));
    }
    given.sort(Comparator.comparingLong(ScenarioStep::atMs)); // stable: file order kept per time
    if (explicitLoad) {
      return given;
    }
    List<ScenarioStep> steps = new ArrayList<>();
    for (ScenarioStep step : given) {
      steps.add(step);
      if (step.action() instanceof OperatorAction.Connect) {
        steps.add(
            new ScenarioStep(step.atMs(), OperatorAction.LoadProtocol.of(protocol, planHash)));
      }
    }
    return steps;
  }

  private static OperatorAction action(
      JsonNode entry, String path, OperatorAction.LoadProtocol load) {
    JsonNode actionNode = entry.get("action");
    String actionPath = path + ".action";
    if (actionNode == null || !actionNode.isTextual()) {
      throw new ScenarioException(
          actionPath,
          (actionNode == null ? "required" : "must be text")
              + " (one of "
              + String.join(", ", ACTIONS)
              + ")");
    }
    String name = actionNode.textValue();
    Set<String> allowed =
        switch (name) {
          case "footSwitch" -> Set.of("atSec", "action", "pressed");
          case "acknowledge", "pauseAudio" -> Set.of("atSec", "action", "alarm");
          default -> Set.of("atSec", "action");
        };
    if (ACTIONS.contains(name)) {
      onlyFields(entry, path + ".", allowed);
    }
    return switch (name) {
      case "connect" -> new OperatorAction.Connect();
      case "selfTest" -> new OperatorAction.SelfTest();
      case "loadProtocol" -> load;
      case "arm" -> new OperatorAction.Arm();
      case "footSwitch" -> {
        JsonNode pressed = entry.get("pressed");
        if (pressed == null || !pressed.isBoolean()) {
          throw new ScenarioException(
              path + ".pressed",
              (pressed == null ? "required" : "must be true or false, found " + pressed)
                  + " (true: pressed, false: released)");
        }
        yield new OperatorAction.FootSwitch(pressed.booleanValue());
      }
      case "start" -> new OperatorAction.Start();
      case "stop" -> new OperatorAction.Stop();
      case "acknowledge" -> new OperatorAction.Acknowledge(alarmCode(entry, path));
      case "pauseAudio" -> new OperatorAction.PauseAudio(alarmCode(entry, path));
      case "estop" -> new OperatorAction.EStop();
      default ->
          throw new ScenarioException(
              actionPath,
              "unknown action \"" + name + "\" (one of " + String.join(", ", ACTIONS) + ")");
    };
  }

  private static String alarmCode(JsonNode entry, String path) {
    JsonNode alarm = entry.get("alarm");
    if (alarm == null || !alarm.isTextual() || alarm.textValue().isBlank()) {
      throw new ScenarioException(
          path + ".alarm", "required: the alarm's code as text, e.g. \"TIP_SENSOR\"");
    }
    return alarm.textValue();
  }

  // ------------------------------------------------------------------ values

  private static void requireObject(JsonNode node, String path, String shape) {
    if (node == null || !node.isObject()) {
      throw new ScenarioException(path, "must be an object " + shape);
    }
  }

  private static void onlyFields(JsonNode node, String prefix, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ScenarioException(
            prefix + name, "unknown field (expected " + String.join(", ", sorted(allowed)) + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  private static double number(JsonNode node, String path) {
    if (node == null) {
      throw new ScenarioException(path, "required (a number)");
    }
    if (!node.isNumber()) {
      throw new ScenarioException(path, "must be a number, found " + node);
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw new ScenarioException(path, "must be a finite number");
    }
    return value;
  }

  private static double positive(JsonNode node, String path) {
    double value = number(node, path);
    if (!(value > 0)) {
      throw new ScenarioException(path, "must be more than 0, was " + value);
    }
    return value;
  }

  private static double nonNegative(JsonNode node, String path) {
    double value = number(node, path);
    if (value < 0) {
      throw new ScenarioException(path, "must not be negative, was " + value);
    }
    return value;
  }

  private static long millis(double seconds, String path) {
    if (seconds > Scenario.MAX_DURATION_MS / 1000.0) {
      throw new ScenarioException(path, "at most " + Scenario.MAX_DURATION_MS / 1000 + " s");
    }
    return Math.round(seconds * 1000);
  }

  private static String problemOf(FaultScheduleException e) {
    String prefix = e.field() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
