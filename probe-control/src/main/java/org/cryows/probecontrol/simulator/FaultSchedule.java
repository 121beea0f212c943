package org.cryows.probecontrol.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cryows.probecontrol.console.Fault;

/**
 * The faults a run injects, as read from a scenario's {@code "faults"} array: {@code [{"atSec":
 * 40.25, "fault": "TIP_SENSOR_OPEN"}, {"atSec": 90, "fault": "COMM_LOSS", "durationSec": 3}]}.
 * Without {@code durationSec} a fault lasts until the end. Entries may come in any order and may
 * overlap.
 */
public record FaultSchedule(List<ScheduledFault> faults) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("atSec", "fault", "durationSec");
  private static final String FAULT_NAMES =
      Arrays.stream(Fault.values()).map(Enum::name).collect(Collectors.joining(", "));

  public FaultSchedule {
    if (faults == null) {
      throw new IllegalArgumentException("faults must not be null (empty: no faults)");
    }
    faults = List.copyOf(faults);
  }

  public static FaultSchedule none() {
    return new FaultSchedule(List.of());
  }

  /** Reads a JSON array of faults; errors name the field, e.g. {@code faults[1].atSec}. */
  public static FaultSchedule parse(String json) {
    if (json == null) {
      throw new FaultScheduleException("faults", "no JSON given");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FaultScheduleException("faults", "not valid JSON: " + e.getOriginalMessage(), e);
    }
    return fromJson(root, "faults");
  }

  /**
   * Reads the faults array of a scenario already parsed by Jackson; {@code path} prefixes the field
   * names in error messages (for example {@code "faults"}).
   */
  public static FaultSchedule fromJson(JsonNode array, String path) {
    if (array == null || array.isMissingNode() || array.isNull()) {
      return none();
    }
    if (!array.isArray()) {
      throw new FaultScheduleException(
          path, "expected an array of {atSec, fault, durationSec?}, found " + describe(array));
    }
    List<ScheduledFault> faults = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      faults.add(entry(array.get(i), path + "[" + i + "]"));
    }
    return new FaultSchedule(faults);
  }

  private static ScheduledFault entry(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new FaultScheduleException(
          path, "expected an object {atSec, fault, durationSec?}, found " + describe(node));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new FaultScheduleException(
            path + "." + name, "unknown field (expected atSec, fault, durationSec)");
      }
    }
    double atSec = number(node.get("atSec"), path + ".atSec");
    if (!(atSec >= 0 && atSec <= ScheduledFault.MAX_AT_SEC)) {
      throw new FaultScheduleException(
          path + ".atSec", "must be in [0, " + ScheduledFault.MAX_AT_SEC + "] s, was " + atSec);
    }
    Fault fault = fault(node.get("fault"), path + ".fault");
    double durationSec = Double.POSITIVE_INFINITY;
    if (node.has("durationSec")) {
      durationSec = number(node.get("durationSec"), path + ".durationSec");
      if (!(durationSec > 0)) {
        throw new FaultScheduleException(
            path + ".durationSec",
            "must be positive (leave it out for a fault lasting until the end), was "
                + durationSec);
      }
    }
    return new ScheduledFault(atSec, fault, durationSec);
  }

  private static double number(JsonNode node, String path) {
    if (node == null) {
      throw new FaultScheduleException(path, "required");
    }
    if (!node.isNumber()) {
      throw new FaultScheduleException(path, "must be a number, found " + describe(node));
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw new FaultScheduleException(path, "must be a finite number, was " + value);
    }
    return value;
  }

  private static Fault fault(JsonNode node, String path) {
    if (node == null) {
      throw new FaultScheduleException(path, "required (one of " + FAULT_NAMES + ")");
    }
    if (!node.isTextual()) {
      throw new FaultScheduleException(
          path, "must be a fault name (one of " + FAULT_NAMES + "), found " + describe(node));
    }
    try {
      return Fault.valueOf(node.textValue());
    } catch (IllegalArgumentException e) {
      throw new FaultScheduleException(
          path, "unknown fault '" + node.textValue() + "' (one of " + FAULT_NAMES + ")");
    }
  }

  private static String describe(JsonNode node) {
    String text = node.toString();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
  }
}
