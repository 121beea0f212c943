package org.cryows.probecontrol.alarm;

/** What happened to an alarm; lower-case names are the journal's {@code event} values. */
public enum AlarmEventKind {
  /** The alarm condition began (or began again after it had ended). */
  RAISED,
  /** The alarm is no longer signalled at all (condition gone and, if latching, acknowledged). */
  CLEARED,
  /** The operator acknowledged it: audio off for good; visual stays while the condition lasts. */
  ACKNOWLEDGED,
  /** The operator paused its audio for a while; the visual signal continues. */
  AUDIO_PAUSED;

  /** The journal's name for the event: raised, cleared, acknowledged, audio_paused. */
  public String journalName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
