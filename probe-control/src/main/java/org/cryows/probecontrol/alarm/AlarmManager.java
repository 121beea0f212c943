package org.cryows.probecontrol.alarm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the active alarms and applies IEC 60601-1-8 behaviour per alarm: a latching alarm keeps
 * signalling after its condition ends until the operator acknowledges it; acknowledging silences
 * that one alarm for good while its visual signal stays as long as its condition lasts; pausing
 * audio silences that one alarm for {@link #AUDIO_PAUSE_MS}. There is deliberately no way to mute
 * all alarms at once.
 *
 * <p>Every change goes to the listener (every priority, so every high and medium alarm is journaled
 * with its time). Not thread-safe: its owner (the controller) serialises calls.
 */
public final class AlarmManager {

  /**
   * How long an audio pause lasts: 120 s, the longest audio-paused interval commonly allowed
   * without operator configuration (IEC 60601-1-8 as summarised publicly [check]).
   */
  public static final long AUDIO_PAUSE_MS = 120_000;

  private final AlarmListener listener;
  private final Map<String, ActiveAlarm> active = new LinkedHashMap<>();

  public AlarmManager(AlarmListener listener) {
    if (listener == null) {
      throw new IllegalArgumentException("listener is required");
    }
    this.listener = listener;
  }

  /**
   * The alarm's condition is present. Raises it when it is not active, or re-raises a latched alarm
   * whose condition had ended; does nothing while its condition is already signalled.
   */
  public void raise(long tMs, AlarmDefinition definition, String message) {
    ActiveAlarm current = active.get(definition.code());
    if (current != null && current.conditionPresent()) {
      return;
    }
    listener.onAlarmEvent(
        new AlarmEvent(
            tMs, definition.code(), definition.priority(), AlarmEventKind.RAISED, message));
    active.put(definition.code(), new ActiveAlarm(definition, tMs, message, true, false, 0));
  }

  /**
   * The alarm's condition has ended. A non-latching alarm, or one already acknowledged, clears; a
   * latching alarm stays (visual and audio) until acknowledged.
   */
  public void conditionGone(long tMs, String code) {
    ActiveAlarm current = active.get(code);
    if (current == null || !current.conditionPresent()) {
      return;
    }
    if (current.definition().latching() && !current.acknowledged()) {
      active.put(code, current.withCondition(false));
      return;
    }
    clear(tMs, current);
  }

  /**
   * The operator acknowledges one alarm. Its audio stops for good; if its condition has already
   * ended it clears, otherwise its visual signal stays until the condition ends.
   *
   * @return false when no alarm with this code is active
   */
  public boolean acknowledge(long tMs, String code) {
    ActiveAlarm current = active.get(code);
    if (current == null) {
      return false;
    }
    if (!current.acknowledged()) {
      listener.onAlarmEvent(
          new AlarmEvent(
              tMs, code, current.priority(), AlarmEventKind.ACKNOWLEDGED, current.message()));
      current = current.withAcknowledged();
      active.put(code, current);
    }
    if (!current.conditionPresent()) {
      clear(tMs, current);
    }
    return true;
  }

  /**
   * The operator pauses the audio of one alarm for {@link #AUDIO_PAUSE_MS}; its visual signal is
   * unchanged and every other alarm keeps sounding.
   *
   * @return false when no alarm with this code is active
   */
  public boolean pauseAudio(long tMs, String code) {
    ActiveAlarm current = active.get(code);
    if (current == null) {
      return false;
    }
    listener.onAlarmEvent(
        new AlarmEvent(
            tMs, code, current.priority(), AlarmEventKind.AUDIO_PAUSED, current.message()));
    active.put(code, current.withAudioPausedUntil(tMs + AUDIO_PAUSE_MS));
    return true;
  }

  /** Whether an alarm with this code is signalled (condition present or latched). */
  public boolean isActive(String code) {
    return active.containsKey(code);
  }

  /** Whether an alarm with this code is active and not yet acknowledged. */
  public boolean isUnacknowledged(String code) {
    ActiveAlarm current = active.get(code);
    return current != null && !current.acknowledged();
  }

  /** The active alarm with this code. */
  public Optional<ActiveAlarm> find(String code) {
    return Optional.ofNullable(active.get(code));
  }

  /** An immutable view of the active alarms, in display order. */
  public AlarmSnapshot snapshot(long nowMs) {
    return new AlarmSnapshot(nowMs, java.util.List.copyOf(active.values()));
  }

  private void clear(long tMs, ActiveAlarm alarm) {
    listener.onAlarmEvent(
        new AlarmEvent(
            tMs, alarm.code(), alarm.priority(), AlarmEventKind.CLEARED, alarm.message()));
    active.remove(alarm.code());
  }
}
