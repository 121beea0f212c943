package org.cryows.probecontrol.alarm;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The active alarms at one moment, for the UI: sorted by priority (high first), then by onset
 * (oldest first), then by code. Immutable.
 */
public record AlarmSnapshot(long tMs, List<ActiveAlarm> alarms) {

  /** High before medium before low; within a priority the oldest first. */
  public static final Comparator<ActiveAlarm> DISPLAY_ORDER =
      Comparator.comparing(ActiveAlarm::priority)
          .thenComparingLong(ActiveAlarm::onsetMs)
          .thenComparing(ActiveAlarm::code);

  public AlarmSnapshot {
    alarms = alarms.stream().sorted(DISPLAY_ORDER).toList();
  }

  /** The most urgent priority among the active alarms, if any. */
  public Optional<AlarmPriority> highestPriority() {
    return alarms.isEmpty() ? Optional.empty() : Optional.of(alarms.getFirst().priority());
  }

  /** The active alarm with this code, if any. */
  public Optional<ActiveAlarm> find(String code) {
    return alarms.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** Whether any alarm sounds at the snapshot's time. */
  public boolean anyAudible() {
    return alarms.stream().anyMatch(a -> a.audible(tMs));
  }
}
