package org.cryows.probecontrol.protocol;

/** The console's answer to a command: carried out (ack) or refused with a reason (nak). */
public sealed interface CommandVerdict {
  record Accepted() implements CommandVerdict {}

  record Refused(String reason) implements CommandVerdict {
    public Refused {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }
  }

  static CommandVerdict accepted() {
    return new Accepted();
  }

  static CommandVerdict refused(String reason) {
    return new Refused(reason);
  }
}
