package org.cryows.probecontrol.console;

/** What the console sends unasked or in answer to a command. */
public sealed interface ConsoleReport {
  record IdentityReport(ConsoleIdentity identity) implements ConsoleReport {}

  record SelfTestReport(SelfTestResult result) implements ConsoleReport {}

  record TelemetryReport(Telemetry telemetry) implements ConsoleReport {}

  /** The console's own alarm (its firmware safety acted, or it detected a fault). */
  record ConsoleAlarmRaised(String code, String message) implements ConsoleReport {}

  record ConsoleAlarmCleared(String code) implements ConsoleReport {}

  /** The console is alive (sent even when no telemetry flows). */
  record ConsoleHeartbeat() implements ConsoleReport {}

  /** The console refused a command (a nak), with its reason. */
  record CommandRejected(ConsoleCommand command, String reason) implements ConsoleReport {}

  /** The link gave up on a command after its bounded retries. */
  record CommandUndelivered(ConsoleCommand command, String reason) implements ConsoleReport {}
}
