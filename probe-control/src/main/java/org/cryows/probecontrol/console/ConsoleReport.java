package org.cryows.probecontrol.console;

/** What the console sends unasked or in answer to a command. */
public sealed interface ConsoleReport {
  record IdentityReport(ConsoleIdentity identity) implements ConsoleReport {}

  record SelfTestReport(SelfTestResult result) implements ConsoleReport {}

  record TelemetryReport(Telemetry telemetry) implements ConsoleReport {}

  /** The console's own alarm (its firmware safety acted, or it detected a fault). */
  record ConsoleAlarmRaised(String code, String message) implements ConsoleReport {}

  record ConsoleAlarmCleared(String code) implements ConsoleReport {}

  /**
   * An event frame: the console's firmware detected a fault condition on its own sensors or inputs
   * ({@code present}), or saw it end, at {@code consoleTimeMs} on its own clock. Sent at once,
   * acknowledged and retried, besides the telemetry that shows the same condition a little later.
   *
   * @param fault a fault the console detects itself ({@link Fault#detectedByConsole()})
   * @param detail what the console measured, worded for the operator and the journal
   */
  record ConsoleEvent(long consoleTimeMs, Fault fault, boolean present, String detail)
      implements ConsoleReport {
    public ConsoleEvent {
      if (consoleTimeMs < 0) {
        throw new IllegalArgumentException("consoleTimeMs must not be negative: " + consoleTimeMs);
      }
      if (fault == null || !fault.detectedByConsole()) {
        throw new IllegalArgumentException(
            "a console event names a fault the console detects itself, not " + fault);
      }
      if (detail == null || detail.isBlank()) {
        throw new IllegalArgumentException("a console event needs its detail");
      }
    }
  }

  /** The console is alive (sent even when no telemetry flows). */
  record ConsoleHeartbeat() implements ConsoleReport {}

  /** The console refused a command (a nak), with its reason. */
  record CommandRejected(ConsoleCommand command, String reason) implements ConsoleReport {}

  /** The link gave up on a command after its bounded retries. */
  record CommandUndelivered(ConsoleCommand command, String reason) implements ConsoleReport {}
}
