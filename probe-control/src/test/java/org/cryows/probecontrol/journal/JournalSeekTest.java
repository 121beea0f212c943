package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cryows.probecontrol.console.ControllerState;

/** Seeking by session time against a linear search, on a journal with many equal times. */
class JournalSeekTest {
  private static final int RECORDS = 5_000;
  private static ScratchFolder scratch;
  private static Path path;
  private static long[] tMs;
  private static JournalReader reader;

  @BeforeContainer
  static void writeJournal() throws IOException {
    scratch = new ScratchFolder();
    path = scratch.newPath("seek.journal");
    tMs = new long[RECORDS];
    var random = new Random(42);
    try (JournalWriter writer = TestJournals.manualSync(path)) {
      long t = 0;
      for (int i = 0; i < RECORDS; i++) {
        t += random.nextInt(4); // 0 makes runs of equal times, also across index strides
        tMs[i] = t;
        writer.append(record(i, t));
      }
    }
    reader = JournalReader.open(path, TestJournals.KEY);
  }

  @AfterContainer
  static void close() throws IOException {
    reader.close();
    scratch.close();
  }

  private static JournalRecord record(int i, long t) {
    return new JournalRecord(
        t,
        SampleRecords.START.plusMillis(t),
        SampleRecords.OPERATOR,
        new JournalEvent.StateChanged(ControllerState.READY, ControllerState.ARMED, "#" + i));
  }

  @Property(tries = 1000)
  void cursorAt_anyTime_startsAtTheFirstRecordNotBeforeIt(
      @ForAll @IntRange(min = -5, max = 7_600) int targetTMs) throws IOException {
    int expected = 0;
    while (expected < RECORDS && tMs[expected] < targetTMs) {
      expected++;
    }
    JournalCursor cursor = reader.cursorAt(targetTMs);
    assertEquals(expected, cursor.nextIndex());
    assertTrue(
        cursor.framesRead() <= SparseIndex.STRIDE + 1,
        "a seek reads at most one stride of frames, read " + cursor.framesRead());
    if (expected < RECORDS) {
      assertEquals(record(expected, tMs[expected]), cursor.next());
    } else {
      assertFalse(cursor.hasNext());
    }
  }

  @Property(tries = 300)
  void get_anyIndex_isThatRecord(@ForAll @IntRange(min = 0, max = RECORDS - 1) int index)
      throws IOException {
    assertEquals(record(index, tMs[index]), reader.get(index));
  }

  @Example
  void cursorAt_thenStream_returnsEveryLaterRecordInOrder() throws IOException {
    JournalCursor cursor = reader.cursorAt(tMs[RECORDS / 2]);
    int index = (int) cursor.nextIndex();
    while (cursor.hasNext()) {
      assertEquals(record(index, tMs[index]), cursor.next());
      index++;
    }
    assertEquals(RECORDS, index);
  }

  @Example
  void firstAndLastTMs_areTheEnds() throws IOException {
    assertEquals(tMs[0], reader.firstTMs().orElseThrow());
    assertEquals(tMs[RECORDS - 1], reader.lastTMs().orElseThrow());
  }
}
