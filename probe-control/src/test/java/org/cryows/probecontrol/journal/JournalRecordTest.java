package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class JournalRecordTest {
  private static final JournalEvent STATE =
      new JournalEvent.StateChanged(ControllerState.ARMED, ControllerState.FREEZING, "start");

  @Test
  void constructor_negativeTMs_isRefusedNamingTMs() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JournalRecord(-1, Instant.EPOCH, "nurse", STATE));
    assertTrue(e.getMessage().contains("tMs"), e.getMessage());
  }

  @Test
  void constructor_blankOperator_isRefusedNamingOperator() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new JournalRecord(0, Instant.EPOCH, " ", STATE));
    assertTrue(e.getMessage().contains("operator"), e.getMessage());
  }

  @Test
  void constructor_loneSurrogate_isRefusedBecauseUtf8CannotHoldIt() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new JournalEvent.OperatorAction("note\uD83E", Map.of()));
    assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
  }

  @Test
  void constructor_overlongMessage_isRefusedWithTheLimit() {
    String message = "x".repeat(TextLimits.MAX_TEXT_CHARS + 1);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new JournalEvent.AlarmEvent(
                    "LEAK",
                    org.cryows.probecontrol.console.AlarmPriority.MEDIUM,
                    AlarmEventType.RAISED,
                    message));
    assertTrue(e.getMessage().contains("message"), e.getMessage());
  }

  @Test
  void operatorAction_details_areSortedAndUnmodifiable() {
    var action = new JournalEvent.OperatorAction("start", Map.of("b", "2", "a", "1", "c", "3"));
    assertEquals(List.of("a", "b", "c"), List.copyOf(action.details().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> action.details().put("d", "4"));
  }

  @Test
  void kind_followsTheEvent() {
    assertEquals(RecordKind.STATE, new JournalRecord(0, Instant.EPOCH, "nurse", STATE).kind());
    assertEquals("audioPaused", AlarmEventType.AUDIO_PAUSED.jsonName());
  }
}
