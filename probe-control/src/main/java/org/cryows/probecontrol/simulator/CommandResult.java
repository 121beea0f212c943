package org.cryows.probecontrol.simulator;

/**
 * The console firmware's answer to one command. The wire protocol turns {@link Accepted} into an
 * ack and {@link Rejected} into a nak with the reason; {@link Unanswered} means the console sends
 * nothing at all (its firmware is hung), so the workstation sees a timeout.
 */
public sealed interface CommandResult {
  /** The command was accepted and acted on. */
  record Accepted() implements CommandResult {}

  /**
   * The firmware refused the command; {@code reason} says why, for the operator and the journal.
   */
  record Rejected(String reason) implements CommandResult {
    public Rejected {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }

  /** The console did not answer (a hung firmware); nothing goes back on the wire. */
  record Unanswered(String why) implements CommandResult {}

  /** The one shared accepted answer. */
  CommandResult ACCEPTED = new Accepted();

  /** Whether the command was accepted. */
  default boolean accepted() {
    return this instanceof Accepted;
  }
}
