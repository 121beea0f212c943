package org.cryows.probecontrol.protocol;

import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;

/** What one frame carries: a command, a report, or one of the link's own messages. */
public sealed interface WireMessage {

  /** A command from the workstation to the console. */
  record CommandMessage(ConsoleCommand command) implements WireMessage {
    public CommandMessage {
      if (command == null) {
        throw new IllegalArgumentException("command is required");
      }
    }
  }

  /**
   * A report from the console. Only reports the console itself sends travel the wire: {@link
   * ConsoleReport.CommandRejected} and {@link ConsoleReport.CommandUndelivered} are made by the
   * workstation's link.
   */
  record ReportMessage(ConsoleReport report) implements WireMessage {
    public ReportMessage {
      if (report == null) {
        throw new IllegalArgumentException("report is required");
      }
      if (report instanceof ConsoleReport.CommandRejected
          || report instanceof ConsoleReport.CommandUndelivered) {
        throw new IllegalArgumentException(
            report.getClass().getSimpleName() + " is made by the link, never sent on the wire");
      }
    }
  }

  /** The frame with the same sequence number arrived and was acted on. */
  record Ack() implements WireMessage {}

  /** The frame with the same sequence number arrived and was refused, for {@code reason}. */
  record Nak(String reason) implements WireMessage {
    public Nak {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a nak needs a reason");
      }
    }
  }

  /**
   * The sender starts a new series of sequence numbers: the receiver forgets the last one it saw,
   * so a restarted workstation's first command is never taken for a retry of an old one.
   */
  record LinkSync() implements WireMessage {}
}
