package org.cryows.probecontrol.alarm;

import org.cryows.probecontrol.console.AlarmPriority;

/**
 * One alarm as the operator sees it now. The visual signal shows for as long as the alarm is
 * active; audio is a separate, per-alarm matter (acknowledged or paused), so pausing audio never
 * hides an alarm.
 *
 * @param onsetMs when this occurrence was raised
 * @param conditionPresent false for a latched alarm whose condition has ended
 * @param audioPausedUntilMs audio is silent before this time (0: never paused)
 */
public record ActiveAlarm(
    AlarmDefinition definition,
    long onsetMs,
    String message,
    boolean conditionPresent,
    boolean acknowledged,
    long audioPausedUntilMs) {

  public ActiveAlarm {
    if (definition == null) {
      throw new IllegalArgumentException("definition is required");
    }
    message = message == null ? "" : message;
  }

  public String code() {
    return definition.code();
  }

  public AlarmPriority priority() {
    return definition.priority();
  }

  /** Whether the audio signal sounds at {@code nowMs}. */
  public boolean audible(long nowMs) {
    return !acknowledged && nowMs >= audioPausedUntilMs;
  }

  /** Whether the audio is paused (not acknowledged) at {@code nowMs}. */
  public boolean audioPaused(long nowMs) {
    return !acknowledged && nowMs < audioPausedUntilMs;
  }

  /** The indicator's colour (#RRGGBB), from the priority. */
  public String colourRgb() {
    return priority().colourRgb();
  }

  /** The indicator's flash rate in Hz (0: steady), from the priority. */
  public double flashHz() {
    return priority().flashHz();
  }

  ActiveAlarm withCondition(boolean present) {
    return new ActiveAlarm(definition, onsetMs, message, present, acknowledged, audioPausedUntilMs);
  }

  ActiveAlarm withAcknowledged() {
    return new ActiveAlarm(
        definition, onsetMs, message, conditionPresent, true, audioPausedUntilMs);
  }

  ActiveAlarm withAudioPausedUntil(long untilMs) {
    return new ActiveAlarm(definition, onsetMs, message, conditionPresent, acknowledged, untilMs);
  }
}
