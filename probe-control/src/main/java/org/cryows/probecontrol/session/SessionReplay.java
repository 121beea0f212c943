package org.cryows.probecontrol.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.controller.ProbeController;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;

/**
 * Replays a session journal through a fresh {@link ProbeController}: the journaled operator actions
 * and console reports go in again at their times, and the controller journals what it does into a
 * new list. The controller's outputs depend only on its inputs and their times, so the new list
 * equals the journal record for record (apart from the wall-clock times): same states, commands and
 * alarms at the same session times.
 */
public final class SessionReplay {
  private SessionReplay() {}

  /**
   * Feeds the inputs among {@code journal} to a fresh controller.
   *
   * @return the records the fresh controller journals, stamped with {@code operator} and the epoch
   *     as their wall-clock time
   */
  public static List<JournalRecord> replay(Iterable<JournalRecord> journal, String operator) {
    List<JournalRecord> replayed = new ArrayList<>();
    var events =
        new JournalingEvents(replayed::add, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), operator);
    var controller = new ProbeController(command -> {}, events);
    long lastTMs = 0;
    for (JournalRecord record : journal) {
      lastTMs = record.tMs();
      Optional<ConsoleReport> report = InputRecords.toReport(record.event());
      if (report.isPresent()) {
        controller.onReport(record.tMs(), report.get());
      } else if (record.event() instanceof JournalEvent.OperatorAction a) {
        Optional<OperatorAction> action = InputRecords.toAction(a);
        if (action.isPresent()) {
          controller.act(record.tMs(), action.get());
        }
      }
    }
    controller.tick(lastTMs);
    events
        .failure()
        .ifPresent(
            e -> {
              throw new IllegalStateException("replay could not record: " + e.getMessage(), e);
            });
    return replayed;
  }

  /**
   * The first place where {@code replayed} differs from {@code journal} (ignoring wall-clock
   * times), or empty when they are the same records in the same order.
   */
  public static Optional<String> firstDifference(
      List<JournalRecord> journal, List<JournalRecord> replayed) {
    int common = Math.min(journal.size(), replayed.size());
    for (int i = 0; i < common; i++) {
      JournalRecord a = journal.get(i);
      JournalRecord b = replayed.get(i);
      if (a.tMs() != b.tMs()
          || !a.operator().equals(b.operator())
          || !a.event().equals(b.event())) {
        return Optional.of("record " + i + ": journal " + describe(a) + ", replay " + describe(b));
      }
    }
    if (journal.size() != replayed.size()) {
      return Optional.of(
          "journal has "
              + journal.size()
              + " records, replay "
              + replayed.size()
              + "; first extra: "
              + describe(journal.size() > common ? journal.get(common) : replayed.get(common)));
    }
    return Optional.empty();
  }

  private static String describe(JournalRecord record) {
    return record.tMs() + " ms " + record.event();
  }
}
