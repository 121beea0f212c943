package org.cryows.probecontrol.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Telemetry;
import org.cryows.probecontrol.journal.JournalEvent.AlarmEvent;
import org.cryows.probecontrol.journal.JournalEvent.CommandIssued;
import org.cryows.probecontrol.journal.JournalEvent.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent.StateChanged;
import org.cryows.probecontrol.journal.JournalEvent.TelemetrySample;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;

/**
 * The JSON form of journal records, as {@code journal dump} prints them (a contract: scripts read
 * it). Non-finite numbers (an open tip sensor reads NaN) are written as {@code null}, since JSON
 * has no NaN.
 */
public final class JournalJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JournalJson() {}

  /** One record: index, tMs, utc, kind, operator, then the fields of its kind. */
  public static ObjectNode record(long index, JournalRecord record) {
    ObjectNode node = JSON.objectNode();
    node.put("index", index);
    node.put("tMs", record.tMs());
    node.put("utc", record.utc().toString());
    node.put("kind", record.kind().jsonName());
    node.put("operator", record.operator());
    switch (record.event()) {
      case TelemetrySample sample -> telemetry(node, sample.telemetry());
      case CommandIssued issued -> command(node, issued.command());
      case StateChanged change -> {
        node.put("state", change.state().name());
        node.put("previous", change.previous().name());
        node.put("reason", change.reason());
      }
      case AlarmEvent alarm -> {
        node.put("alarm", alarm.alarm());
        node.put("priority", alarm.priority().name());
        node.put("event", alarm.event().jsonName());
        node.put("message", alarm.message());
      }
      case OperatorAction action -> {
        node.put("action", action.action());
        ObjectNode details = node.putObject("details");
        action.details().forEach(details::put);
      }
    }
    return node;
  }

  /** The first bad record of a failed verification. */
  public static ObjectNode badRecord(BadRecord bad) {
    ObjectNode node = JSON.objectNode();
    node.put("index", bad.index());
    if (bad.isHeader()) {
      node.put("part", "header");
    }
    if (bad.tMs().isPresent()) {
      node.put("tMs", bad.tMs().getAsLong());
    } else {
      node.putNull("tMs");
    }
    node.put("offset", bad.offset());
    node.put("reason", bad.reason());
    return node;
  }

  /** A verification's outcome, bad record included when there is one. */
  public static ObjectNode report(VerificationReport report) {
    ObjectNode node = JSON.objectNode();
    node.put("intact", report.intact());
    node.put("records", report.recordCount());
    node.put("sealed", report.sealed());
    node.put("tornTailBytes", report.tornTailBytes());
    report
        .header()
        .ifPresent(
            header -> {
              node.put("sessionId", header.sessionId().toString());
              node.put("startedUtc", header.startedUtc().toString());
              node.put("keyId", header.keyIdHex());
            });
    report.firstBad().ifPresent(bad -> node.set("firstBad", badRecord(bad)));
    return node;
  }

  private static void telemetry(ObjectNode node, Telemetry t) {
    number(node, "tipC", t.tipC());
    number(node, "supplyKPa", t.supplyKPa());
    node.put("probeValveOpen", t.probeValveSensedOpen());
    node.put("supplyValveOpen", t.supplyValveSensedOpen());
    node.put("probeValveCommandedOpen", t.probeValveCommandedOpen());
    node.put("supplyValveCommandedOpen", t.supplyValveCommandedOpen());
    number(node, "probeReturnC", t.probeReturnC());
    number(node, "returnKPa", t.returnKPa());
    number(node, "skinC", t.skinC());
    node.put("estopPressed", t.estopPressed());
    node.put("footSwitchPressed", t.footSwitchPressed());
    node.put("msSinceHeartbeat", t.msSinceHeartbeat());
    node.put("consoleTimeMs", t.consoleTimeMs());
  }

  private static void command(ObjectNode node, ConsoleCommand command) {
    node.put("command", commandName(command));
    switch (command) {
      case ConsoleCommand.LoadProtocol load ->
          protocol(node.putObject("protocol"), load.protocol());
      case ConsoleCommand.SetProbeValve valve -> node.put("open", valve.open());
      case ConsoleCommand.SetSupplyValve valve -> node.put("open", valve.open());
      default -> {} // the other commands carry no fields
    }
  }

  /** The command's name in lower camel case, e.g. {@code loadProtocol}. */
  public static String commandName(ConsoleCommand command) {
    return switch (command) {
      case ConsoleCommand.Identify _ -> "identify";
      case ConsoleCommand.RunSelfTest _ -> "runSelfTest";
      case ConsoleCommand.LoadProtocol _ -> "loadProtocol";
      case ConsoleCommand.Arm _ -> "arm";
      case ConsoleCommand.Start _ -> "start";
      case ConsoleCommand.Stop _ -> "stop";
      case ConsoleCommand.Vent _ -> "vent";
      case ConsoleCommand.SetProbeValve _ -> "setProbeValve";
      case ConsoleCommand.SetSupplyValve _ -> "setSupplyValve";
      case ConsoleCommand.Heartbeat _ -> "heartbeat";
    };
  }

  private static void protocol(ObjectNode node, FreezeProtocol protocol) {
    node.put("gas", protocol.gas().name());
    number(node, "setpointC", protocol.setpointC());
    var cycles = node.putArray("cycles");
    for (FreezeCycle cycle : protocol.cycles()) {
      cycles.addObject().put("freezeSec", cycle.freezeSec()).put("thawSec", cycle.thawSec());
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
