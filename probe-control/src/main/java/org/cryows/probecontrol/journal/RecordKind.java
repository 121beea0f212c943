package org.cryows.probecontrol.journal;

/** What a journal record tells; the lower-case names are part of the dump's contract. */
public enum RecordKind {
  TELEMETRY("telemetry"),
  COMMAND("command"),
  STATE("state"),
  ALARM("alarm"),
  OPERATOR("operator");

  private final String jsonName;

  RecordKind(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name written in the {@code kind} field of {@code journal dump}. */
  public String jsonName() {
    return jsonName;
  }
}
