package org.cryows.probecontrol.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.AlarmPriority;
import org.junit.jupiter.api.Test;

class AlarmManagerTest {

  private static final AlarmDefinition LATCHING_HIGH =
      new AlarmDefinition("OVER_FREEZE", AlarmPriority.HIGH, true, "Tip colder than intended");
  private static final AlarmDefinition PLAIN_MEDIUM =
      new AlarmDefinition("SUPPLY_LOW", AlarmPriority.MEDIUM, false, "Supply pressure low");
  private static final AlarmDefinition PLAIN_LOW =
      new AlarmDefinition("INFO", AlarmPriority.LOW, false, "Information");

  private final List<AlarmEvent> events = new ArrayList<>();
  private final AlarmManager manager = new AlarmManager(events::add);

  private List<AlarmEventKind> kinds() {
    return events.stream().map(AlarmEvent::kind).toList();
  }

  @Test
  void raise_newCondition_emitsRaisedWithTimeAndShowsIt() {
    manager.raise(1_000, LATCHING_HIGH, "tip -85 C");

    assertEquals(
        List.of(
            new AlarmEvent(
                1_000, "OVER_FREEZE", AlarmPriority.HIGH, AlarmEventKind.RAISED, "tip -85 C")),
        events);
    ActiveAlarm shown = manager.snapshot(1_000).find("OVER_FREEZE").orElseThrow();
    assertTrue(shown.audible(1_000));
    assertEquals("#FF0000", shown.colourRgb());
    assertEquals(2.0, shown.flashHz());
  }

  @Test
  void raise_conditionAlreadySignalled_noSecondEvent() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.raise(1_020, LATCHING_HIGH, "b");
    assertEquals(1, events.size());
  }

  @Test
  void conditionGone_latchingUnacknowledged_staysVisibleAndAudible() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.conditionGone(2_000, "OVER_FREEZE");

    ActiveAlarm shown = manager.snapshot(2_000).find("OVER_FREEZE").orElseThrow();
    assertFalse(shown.conditionPresent());
    assertTrue(shown.audible(2_000));
    assertEquals(List.of(AlarmEventKind.RAISED), kinds());
  }

  @Test
  void acknowledge_latchedAlarmWhoseConditionEnded_clears() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.conditionGone(2_000, "OVER_FREEZE");

    assertTrue(manager.acknowledge(3_000, "OVER_FREEZE"));

    assertFalse(manager.isActive("OVER_FREEZE"));
    assertEquals(
        List.of(AlarmEventKind.RAISED, AlarmEventKind.ACKNOWLEDGED, AlarmEventKind.CLEARED),
        kinds());
  }

  @Test
  void acknowledge_conditionStillPresent_silencesButStaysVisibleUntilConditionEnds() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.acknowledge(1_500, "OVER_FREEZE");

    ActiveAlarm shown = manager.snapshot(1_500).find("OVER_FREEZE").orElseThrow();
    assertFalse(shown.audible(1_500));
    assertTrue(manager.isActive("OVER_FREEZE"));

    manager.conditionGone(2_000, "OVER_FREEZE");
    assertFalse(manager.isActive("OVER_FREEZE"));
    assertEquals(AlarmEventKind.CLEARED, events.getLast().kind());
  }

  @Test
  void conditionGone_nonLatching_clearsAtOnce() {
    manager.raise(1_000, PLAIN_MEDIUM, "3900 kPa");
    manager.conditionGone(1_200, "SUPPLY_LOW");
    assertFalse(manager.isActive("SUPPLY_LOW"));
    assertEquals(List.of(AlarmEventKind.RAISED, AlarmEventKind.CLEARED), kinds());
  }

  @Test
  void pauseAudio_oneAlarm_othersKeepSoundingAndVisualStays() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.raise(1_100, PLAIN_MEDIUM, "b");

    assertTrue(manager.pauseAudio(1_200, "OVER_FREEZE"));

    AlarmSnapshot snapshot = manager.snapshot(1_300);
    assertEquals(2, snapshot.alarms().size(), "pausing audio never hides an alarm");
    assertFalse(snapshot.find("OVER_FREEZE").orElseThrow().audible(1_300));
    assertTrue(snapshot.find("OVER_FREEZE").orElseThrow().audioPaused(1_300));
    assertTrue(snapshot.find("SUPPLY_LOW").orElseThrow().audible(1_300));
    assertTrue(snapshot.anyAudible());
  }

  @Test
  void pauseAudio_pauseRunsOut_soundsAgain() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.pauseAudio(1_000, "OVER_FREEZE");
    ActiveAlarm alarm = manager.find("OVER_FREEZE").orElseThrow();
    assertFalse(alarm.audible(1_000 + AlarmManager.AUDIO_PAUSE_MS - 1));
    assertTrue(alarm.audible(1_000 + AlarmManager.AUDIO_PAUSE_MS));
  }

  @Test
  void acknowledge_unknownCode_refused() {
    assertFalse(manager.acknowledge(1_000, "NOPE"));
    assertFalse(manager.pauseAudio(1_000, "NOPE"));
    assertTrue(events.isEmpty());
  }

  @Test
  void raise_latchedAlarmRecurs_raisedAgain() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    manager.conditionGone(2_000, "OVER_FREEZE");
    manager.raise(3_000, LATCHING_HIGH, "again");
    assertEquals(List.of(AlarmEventKind.RAISED, AlarmEventKind.RAISED), kinds());
    assertTrue(manager.find("OVER_FREEZE").orElseThrow().conditionPresent());
    assertEquals(3_000, manager.find("OVER_FREEZE").orElseThrow().onsetMs());
  }

  @Test
  void snapshot_sortedByPriorityThenOnset() {
    manager.raise(1_000, PLAIN_LOW, "low first");
    manager.raise(2_000, PLAIN_MEDIUM, "medium");
    manager.raise(3_000, LATCHING_HIGH, "high last");
    manager.raise(
        2_500, new AlarmDefinition("LEAK", AlarmPriority.MEDIUM, true, "Leak"), "older medium");

    List<String> order = manager.snapshot(3_000).alarms().stream().map(ActiveAlarm::code).toList();

    assertEquals(List.of("OVER_FREEZE", "SUPPLY_LOW", "LEAK", "INFO"), order);
    assertEquals(AlarmPriority.HIGH, manager.snapshot(3_000).highestPriority().orElseThrow());
  }

  @Test
  void snapshot_isImmutable() {
    manager.raise(1_000, LATCHING_HIGH, "a");
    AlarmSnapshot snapshot = manager.snapshot(1_000);
    assertThrows(UnsupportedOperationException.class, () -> snapshot.alarms().clear());
    manager.conditionGone(2_000, "OVER_FREEZE");
    assertTrue(snapshot.alarms().getFirst().conditionPresent(), "a snapshot does not change");
  }

  @Test
  void definition_blankCode_refusedWithReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new AlarmDefinition(" ", AlarmPriority.HIGH, true, "x"));
    assertTrue(e.getMessage().contains("code"));
  }
}
