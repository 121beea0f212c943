package org.cryows.probecontrol.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleIdentity;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.SelfTestResult;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.cryows.treatment.PlanHash;

/**
 * The controller's inputs as journal events and back: operator actions and console reports, exactly
 * enough to feed them again to a fresh controller (replay). Numbers are written with {@link
 * Double#toString}, which reads back to the same double.
 *
 * <p>Telemetry is a journal kind of its own. The journal format has no kind for the other console
 * reports (identity, self-test result, console heartbeat, console alarm raised or cleared, console
 * event, command refused or undelivered), so they are journaled as {@code operator} records whose
 * action starts with {@value #REPORT_PREFIX} (for example {@code report.consoleHeartbeat}); the
 * real operator actions never use that prefix. See docs/session.md.
 */
public final class InputRecords {
  /** Marks an operator-kind record that carries a console report, not an operator action. */
  public static final String REPORT_PREFIX = "report.";

  /** The detail of a protocol load that names the signed plan it comes from. */
  public static final String PLAN_HASH = "planHash";

  private InputRecords() {}

  // ------------------------------------------------------------------ operator actions

  public static JournalEvent.OperatorAction action(OperatorAction action) {
    Map<String, String> details = new LinkedHashMap<>();
    String name =
        switch (action) {
          case OperatorAction.Connect a -> "connect";
          case OperatorAction.SelfTest a -> "selfTest";
          case OperatorAction.LoadProtocol a -> {
            if (a.gas() != null) {
              details.put("gas", a.gas().name());
            }
            details.put("setpointC", Double.toString(a.setpointC()));
            putCycles(details, a.cycles());
            a.planHash().ifPresent(hash -> details.put(PLAN_HASH, hash.value()));
            yield "loadProtocol";
          }
          case OperatorAction.Arm a -> "arm";
          case OperatorAction.FootSwitch a -> {
            details.put("pressed", Boolean.toString(a.pressed()));
            yield "footSwitch";
          }
          case OperatorAction.Start a -> "start";
          case OperatorAction.Stop a -> "stop";
          case OperatorAction.Acknowledge a -> {
            details.put("alarm", a.alarm());
            yield "acknowledge";
          }
          case OperatorAction.PauseAudio a -> {
            details.put("alarm", a.alarm());
            yield "pauseAudio";
          }
          case OperatorAction.EStop a -> "estop";
        };
    return new JournalEvent.OperatorAction(name, details);
  }

  /** The operator action an operator record holds; empty for a report record. */
  public static Optional<OperatorAction> toAction(JournalEvent.OperatorAction record) {
    Map<String, String> d = record.details();
    OperatorAction action =
        switch (record.action()) {
          case "connect" -> new OperatorAction.Connect();
          case "selfTest" -> new OperatorAction.SelfTest();
          case "loadProtocol" ->
              new OperatorAction.LoadProtocol(
                  d.containsKey("gas") ? Gas.valueOf(d.get("gas")) : null,
                  Double.parseDouble(d.get("setpointC")),
                  cycles(d),
                  Optional.ofNullable(d.get(PLAN_HASH)).map(PlanHash::new));
          case "arm" -> new OperatorAction.Arm();
          case "footSwitch" ->
              new OperatorAction.FootSwitch(Boolean.parseBoolean(d.get("pressed")));
          case "start" -> new OperatorAction.Start();
          case "stop" -> new OperatorAction.Stop();
          case "acknowledge" -> new OperatorAction.Acknowledge(d.get("alarm"));
          case "pauseAudio" -> new OperatorAction.PauseAudio(d.get("alarm"));
          case "estop" -> new OperatorAction.EStop();
          default -> null;
        };
    if (action == null && !record.action().startsWith(REPORT_PREFIX)) {
      throw new IllegalArgumentException("unknown operator action '" + record.action() + "'");
    }
    return Optional.ofNullable(action);
  }

  // ------------------------------------------------------------------ console reports

  /** A report as a journal event: telemetry as itself, the others as report records. */
  public static JournalEvent report(ConsoleReport report) {
    if (report instanceof ConsoleReport.TelemetryReport t) {
      return new JournalEvent.TelemetrySample(t.telemetry());
    }
    Map<String, String> details = new LinkedHashMap<>();
    String name =
        switch (report) {
          case ConsoleReport.TelemetryReport t -> throw new AssertionError("handled above");
          case ConsoleReport.IdentityReport r -> {
            ConsoleIdentity id = r.identity();
            details.put("consoleSerial", id.consoleSerial());
            details.put("firmwareVersion", id.firmwareVersion());
            details.put("probeModel", id.probeModel());
            details.put("probeUseCount", Integer.toString(id.probeUseCount()));
            details.put("probeMaxUses", Integer.toString(id.probeMaxUses()));
            yield "identity";
          }
          case ConsoleReport.SelfTestReport r -> {
            details.put("passed", Boolean.toString(r.result().passed()));
            List<String> failures = r.result().failures();
            for (int i = 0; i < failures.size(); i++) {
              details.put(indexed("failure", i), failures.get(i));
            }
            yield "selfTest";
          }
          case ConsoleReport.ConsoleHeartbeat r -> "consoleHeartbeat";
          case ConsoleReport.ConsoleAlarmRaised r -> {
            details.put("code", r.code());
            details.put("message", r.message());
            yield "consoleAlarmRaised";
          }
          case ConsoleReport.ConsoleAlarmCleared r -> {
            details.put("code", r.code());
            yield "consoleAlarmCleared";
          }
          case ConsoleReport.ConsoleEvent r -> {
            details.put("consoleTimeMs", Long.toString(r.consoleTimeMs()));
            details.put("fault", r.fault().name());
            details.put("present", Boolean.toString(r.present()));
            details.put("detail", r.detail());
            yield "consoleEvent";
          }
          case ConsoleReport.CommandRejected r -> {
            putCommand(details, r.command());
            details.put("reason", r.reason());
            yield "commandRejected";
          }
          case ConsoleReport.CommandUndelivered r -> {
            putCommand(details, r.command());
            details.put("reason", r.reason());
            yield "commandUndelivered";
          }
        };
    return new JournalEvent.OperatorAction(REPORT_PREFIX + name, details);
  }

  /** The console report a journal event holds, if it holds one. */
  public static Optional<ConsoleReport> toReport(JournalEvent event) {
    if (event instanceof JournalEvent.TelemetrySample t) {
      return Optional.of(new ConsoleReport.TelemetryReport(t.telemetry()));
    }
    if (!(event instanceof JournalEvent.OperatorAction record)
        || !record.action().startsWith(REPORT_PREFIX)) {
      return Optional.empty();
    }
    Map<String, String> d = record.details();
    String name = record.action().substring(REPORT_PREFIX.length());
    ConsoleReport report =
        switch (name) {
          case "identity" ->
              new ConsoleReport.IdentityReport(
                  new ConsoleIdentity(
                      d.get("consoleSerial"),
                      d.get("firmwareVersion"),
                      d.get("probeModel"),
                      Integer.parseInt(d.get("probeUseCount")),
                      Integer.parseInt(d.get("probeMaxUses"))));
          case "selfTest" -> {
            List<String> failures = new ArrayList<>();
            for (int i = 0; d.containsKey(indexed("failure", i)); i++) {
              failures.add(d.get(indexed("failure", i)));
            }
            yield new ConsoleReport.SelfTestReport(
                new SelfTestResult(Boolean.parseBoolean(d.get("passed")), failures));
          }
          case "consoleHeartbeat" -> new ConsoleReport.ConsoleHeartbeat();
          case "consoleAlarmRaised" ->
              new ConsoleReport.ConsoleAlarmRaised(d.get("code"), d.get("message"));
          case "consoleAlarmCleared" -> new ConsoleReport.ConsoleAlarmCleared(d.get("code"));
          case "consoleEvent" ->
              new ConsoleReport.ConsoleEvent(
                  Long.parseLong(d.get("consoleTimeMs")),
                  Fault.valueOf(d.get("fault")),
                  Boolean.parseBoolean(d.get("present")),
                  d.get("detail"));
          case "commandRejected" -> new ConsoleReport.CommandRejected(command(d), d.get("reason"));
          case "commandUndelivered" ->
              new ConsoleReport.CommandUndelivered(command(d), d.get("reason"));
          default ->
              throw new IllegalArgumentException("unknown report record '" + record.action() + "'");
        };
    return Optional.of(report);
  }

  // ------------------------------------------------------------------ commands in reports

  private static void putCommand(Map<String, String> details, ConsoleCommand command) {
    String name =
        switch (command) {
          case ConsoleCommand.Identify c -> "identify";
          case ConsoleCommand.RunSelfTest c -> "runSelfTest";
          case ConsoleCommand.LoadProtocol c -> {
            FreezeProtocol p = c.protocol();
            details.put("gas", p.gas().name());
            details.put("setpointC", Double.toString(p.setpointC()));
            putCycles(details, p.cycles());
            yield "loadProtocol";
          }
          case ConsoleCommand.Arm c -> "arm";
          case ConsoleCommand.Start c -> "start";
          case ConsoleCommand.Stop c -> "stop";
          case ConsoleCommand.Vent c -> "vent";
          case ConsoleCommand.SetProbeValve c -> {
            details.put("open", Boolean.toString(c.open()));
            yield "setProbeValve";
          }
          case ConsoleCommand.SetSupplyValve c -> {
            details.put("open", Boolean.toString(c.open()));
            yield "setSupplyValve";
          }
          case ConsoleCommand.Heartbeat c -> "heartbeat";
        };
    details.put("command", name);
  }

  private static ConsoleCommand command(Map<String, String> d) {
    String name = d.get("command");
    return switch (name == null ? "" : name) {
      case "identify" -> new ConsoleCommand.Identify();
      case "runSelfTest" -> new ConsoleCommand.RunSelfTest();
      case "loadProtocol" ->
          new ConsoleCommand.LoadProtocol(
              new FreezeProtocol(
                  Gas.valueOf(d.get("gas")), Double.parseDouble(d.get("setpointC")), cycles(d)));
      case "arm" -> new ConsoleCommand.Arm();
      case "start" -> new ConsoleCommand.Start();
      case "stop" -> new ConsoleCommand.Stop();
      case "vent" -> new ConsoleCommand.Vent();
      case "setProbeValve" -> new ConsoleCommand.SetProbeValve(Boolean.parseBoolean(d.get("open")));
      case "setSupplyValve" ->
          new ConsoleCommand.SetSupplyValve(Boolean.parseBoolean(d.get("open")));
      case "heartbeat" -> new ConsoleCommand.Heartbeat();
      default -> throw new IllegalArgumentException("unknown command '" + name + "' in a report");
    };
  }

  private static void putCycles(Map<String, String> details, List<FreezeCycle> cycles) {
    details.put("cycles", Integer.toString(cycles.size()));
    for (int i = 0; i < cycles.size(); i++) {
      details.put(indexed("freezeSec", i), Double.toString(cycles.get(i).freezeSec()));
      details.put(indexed("thawSec", i), Double.toString(cycles.get(i).thawSec()));
    }
  }

  private static List<FreezeCycle> cycles(Map<String, String> d) {
    int count = Integer.parseInt(d.getOrDefault("cycles", "0"));
    List<FreezeCycle> cycles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cycles.add(
          new FreezeCycle(
              Double.parseDouble(d.get(indexed("freezeSec", i))),
              Double.parseDouble(d.get(indexed("thawSec", i)))));
    }
    return cycles;
  }

  /** Zero-padded so the journal's key order is the index order. */
  private static String indexed(String name, int index) {
    return String.format(java.util.Locale.ROOT, "%s.%02d", name, index);
  }
}
