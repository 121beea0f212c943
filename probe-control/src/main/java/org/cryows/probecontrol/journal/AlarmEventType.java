package org.cryows.probecontrol.journal;

/** What happened to an alarm; the names are part of the dump's contract. */
public enum AlarmEventType {
  RAISED("raised"),
  CLEARED("cleared"),
  ACKNOWLEDGED("acknowledged"),
  /** The operator paused this alarm's audio signal; its visual signal stays. */
  AUDIO_PAUSED("audioPaused");

  private final String jsonName;

  AlarmEventType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name written in the {@code event} field of {@code journal dump}. */
  public String jsonName() {
    return jsonName;
  }
}
