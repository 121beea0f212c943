package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.testkit.ExpectedErrorLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class JournalWriterTest {
  private static final Logger LOG = LoggerFactory.getLogger(JournalWriterTest.class);

  @TempDir Path dir;

  @Test
  void append_thenReopen_readsEveryRecordInOrder() throws IOException {
    Path path = TestJournals.sealed(dir.resolve("s.journal"), 500);
    try (JournalReader reader = JournalReader.open(path, TestJournals.KEY)) {
      assertEquals(500, reader.recordCount());
      assertTrue(reader.verification().sealed());
      assertEquals(0, reader.verification().tornTailBytes());
      JournalCursor cursor = reader.cursor();
      for (int i = 0; i < 500; i++) {
        assertEquals(i, cursor.nextIndex());
        assertEquals(SampleRecords.record(i), cursor.next());
      }
      assertFalse(cursor.hasNext());
      assertEquals(SampleRecords.START, reader.header().startedUtc());
      assertEquals(TestJournals.KEY.keyId(), reader.header().keyId());
    }
  }

  @Test
  void create_withGivenSessionId_sameRecordsGiveTheSameBytes() throws IOException {
    var sessionId = java.util.UUID.fromString("00000000-0000-4000-8000-000000000001");
    List<Path> paths = List.of(dir.resolve("a.journal"), dir.resolve("b.journal"));
    for (Path path : paths) {
      try (JournalWriter writer =
          JournalWriter.create(path, TestJournals.KEY, sessionId, SampleRecords.START, e -> {})) {
        for (int i = 0; i < 50; i++) {
          writer.append(SampleRecords.record(i));
        }
      }
    }
    assertEquals(
        sessionId,
        JournalReader.verify(paths.get(0), TestJournals.KEY).header().orElseThrow().sessionId());
    assertTrue(
        java.util.Arrays.equals(Files.readAllBytes(paths.get(0)), Files.readAllBytes(paths.get(1))),
        "two journals of one session id, start, key and records are the same bytes");
  }

  @Test
  void append_returnsConsecutiveIndices() throws IOException {
    try (JournalWriter writer = TestJournals.manualSync(dir.resolve("i.journal"))) {
      assertEquals(0, writer.append(SampleRecords.record(0)));
      assertEquals(1, writer.append(SampleRecords.record(1)));
      assertEquals(2, writer.appendedCount());
    }
  }

  @Test
  void append_tMsBeforePreviousRecord_isRefusedNamingTMs() throws IOException {
    try (JournalWriter writer = TestJournals.manualSync(dir.resolve("t.journal"))) {
      writer.append(SampleRecords.record(10));
      var e =
          assertThrows(
              IllegalArgumentException.class, () -> writer.append(SampleRecords.record(9)));
      assertTrue(e.getMessage().contains("tMs 180"), e.getMessage());
      writer.append(SampleRecords.record(10)); // equal times are allowed
    }
    assertEquals(2, JournalReader.verify(dir.resolve("t.journal"), TestJournals.KEY).recordCount());
  }

  @Test
  void append_afterClose_isRefused() throws IOException {
    JournalWriter writer = TestJournals.manualSync(dir.resolve("c.journal"));
    writer.close();
    writer.close(); // idempotent
    assertThrows(IllegalStateException.class, () -> writer.append(SampleRecords.record(0)));
  }

  @Test
  void create_existingFile_isRefused() throws IOException {
    Path path = TestJournals.sealed(dir.resolve("e.journal"), 1);
    assertThrows(FileAlreadyExistsException.class, () -> TestJournals.manualSync(path));
  }

  @Test
  void sync_makesAppendedRecordsDurableAndTellsTheListener() throws IOException {
    var synced = new CopyOnWriteArrayList<Long>();
    SyncListener listener =
        new SyncListener() {
          @Override
          public void synced(long durableCount) {
            synced.add(durableCount);
          }

          @Override
          public void syncFailed(JournalWriteException failure) {
            throw new AssertionError("no failure expected", failure);
          }
        };
    try (JournalWriter writer =
        JournalWriter.create(
            dir.resolve("d.journal"),
            TestJournals.KEY,
            SampleRecords.START,
            listener,
            0,
            java.nio.channels.FileChannel::open)) {
      for (int i = 0; i < 3; i++) {
        writer.append(SampleRecords.record(i));
      }
      assertEquals(0, writer.durableCount());
      assertEquals(3, writer.sync());
      assertEquals(3, writer.durableCount());
      assertEquals(3, writer.sync()); // nothing new: no second force, no second report
      assertEquals(List.of(3L), synced);
    }
  }

  @Test
  void syncThread_forcesWithoutBeingAsked() throws Exception {
    var firstSync = new CountDownLatch(1);
    SyncListener listener =
        new SyncListener() {
          @Override
          public void synced(long durableCount) {
            firstSync.countDown();
          }

          @Override
          public void syncFailed(JournalWriteException failure) {}
        };
    try (JournalWriter writer =
        JournalWriter.create(
            dir.resolve("auto.journal"), TestJournals.KEY, SampleRecords.START, listener)) {
      writer.append(SampleRecords.record(0));
      assertTrue(firstSync.await(30, java.util.concurrent.TimeUnit.SECONDS));
      assertEquals(1, writer.durableCount());
    }
  }

  @Test
  @ExpectedErrorLog(
      "org\\.cryows\\.probecontrol\\.journal\\.JournalWriter: Journal .* failed while forcing"
          + " .*Input/output error.*")
  void sync_failingForce_isReportedAndFailsEveryLaterAppend() throws IOException {
    var channel = new AtomicReference<FailingChannel>();
    var reported = new AtomicReference<JournalWriteException>();
    SyncListener listener = reported::set;
    JournalWriter writer =
        JournalWriter.create(
            dir.resolve("f.journal"),
            TestJournals.KEY,
            SampleRecords.START,
            listener,
            0,
            (path, options) -> {
              channel.set(FailingChannel.wrap(path, options));
              return channel.get();
            });
    writer.append(SampleRecords.record(0));
    channel.get().failForces.set(true);
    var thrown = assertThrows(JournalWriteException.class, writer::sync);
    assertSame(thrown, reported.get());
    assertTrue(thrown.getMessage().contains("f.journal"), thrown.getMessage());
    channel.get().failForces.set(false); // a disk that recovers does not undo the loss
    assertSame(thrown, assertThrows(JournalWriteException.class, writer::sync));
    assertSame(
        thrown,
        assertThrows(JournalWriteException.class, () -> writer.append(SampleRecords.record(1))));
    assertSame(thrown, writer.failure().orElseThrow());
    assertSame(thrown, assertThrows(JournalWriteException.class, writer::close));
  }

  @Test
  @ExpectedErrorLog(
      "org\\.cryows\\.probecontrol\\.journal\\.JournalWriter: Journal .* failed while writing"
          + " records .*No space left on device.*")
  void append_failingWriteOfFullBuffer_throwsToTheCaller() throws IOException {
    var channel = new AtomicReference<FailingChannel>();
    var reported = new AtomicReference<JournalWriteException>();
    JournalWriter writer =
        JournalWriter.create(
            dir.resolve("w.journal"),
            TestJournals.KEY,
            SampleRecords.START,
            reported::set,
            0,
            (path, options) -> {
              channel.set(FailingChannel.wrap(path, options));
              return channel.get();
            });
    channel.get().failWrites.set(true);
    JournalWriteException thrown = null;
    for (int i = 0; thrown == null && i < 100_000; i++) {
      try {
        writer.append(SampleRecords.record(i));
      } catch (JournalWriteException e) {
        thrown = e;
      }
    }
    assertTrue(thrown != null, "the buffer never filled");
    assertSame(thrown, reported.get());
    assertThrows(JournalWriteException.class, writer::close);
  }

  @Test
  void resume_afterCrash_continuesTheChainAndSealsOnClose() throws IOException {
    Path path = TestJournals.crashed(dir.resolve("r.journal"), 100);
    try (JournalWriter writer =
        JournalWriter.resume(path, TestJournals.KEY, SyncListener.LOG_ONLY)) {
      assertEquals(100, writer.appendedCount());
      assertThrows(IllegalArgumentException.class, () -> writer.append(SampleRecords.record(98)));
      writer.append(SampleRecords.record(100));
    }
    VerificationReport report = JournalReader.verify(path, TestJournals.KEY);
    assertTrue(report.intact(), report.toString());
    assertTrue(report.sealed());
    assertEquals(101, report.recordCount());
  }

  @Test
  void resume_sealedJournal_isRefused() throws IOException {
    Path path = TestJournals.sealed(dir.resolve("sealed.journal"), 3);
    var e =
        assertThrows(
            IOException.class,
            () -> JournalWriter.resume(path, TestJournals.KEY, SyncListener.LOG_ONLY));
    assertTrue(e.getMessage().contains("sealed"), e.getMessage());
  }

  @Test
  void resume_withWrongKey_isRefusedAsIntegrityFailure() throws IOException {
    Path path = TestJournals.crashed(dir.resolve("k.journal"), 3);
    var e =
        assertThrows(
            JournalIntegrityException.class,
            () -> JournalWriter.resume(path, TestJournals.OTHER_KEY, SyncListener.LOG_ONLY));
    assertTrue(e.firstBad().reason().startsWith("wrong key"), e.getMessage());
  }

  @Test
  void sessionJournal_concurrentAppends_keepEveryRecordInTimeOrder() throws Exception {
    Path path = dir.resolve("concurrent.journal");
    var sessionClock = new AtomicLong();
    Clock wall = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);
    int threads = 4;
    int perThread = 2_000;
    try (JournalWriter writer = TestJournals.manualSync(path)) {
      var journal =
          new SessionJournal(writer, sessionClock::getAndIncrement, wall, "nurse.lindqvist");
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String name = "worker " + t;
        workers.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = 0; i < perThread; i++) {
                        journal.append(
                            new JournalEvent.StateChanged(
                                ControllerState.READY, ControllerState.ARMED, name + " " + i));
                      }
                    }));
      }
      for (Thread worker : workers) {
        worker.join();
      }
    }
    try (JournalReader reader = JournalReader.open(path, TestJournals.KEY)) {
      assertEquals(threads * perThread, reader.recordCount());
      JournalCursor cursor = reader.cursor();
      long previous = -1;
      var perWorker = new int[threads];
      while (cursor.hasNext()) {
        JournalRecord record = cursor.next();
        assertTrue(record.tMs() > previous, "tMs must grow: " + record.tMs());
        previous = record.tMs();
        String reason = ((JournalEvent.StateChanged) record.event()).reason();
        int worker = reason.charAt(7) - '0';
        assertEquals("worker " + worker + " " + perWorker[worker], reason);
        perWorker[worker]++;
      }
    }
  }

  /**
   * A 45-minute case at 50 Hz: 135,000 telemetry records. Only correctness is asserted; the time is
   * logged for the record (the benchmark measures it properly).
   */
  @Test
  void append_fortyFiveMinuteCase_writesAndVerifies() throws IOException {
    Path path = dir.resolve("case.journal");
    int records = 45 * 60 * 50;
    long started = System.nanoTime();
    try (JournalWriter writer =
        JournalWriter.create(path, TestJournals.KEY, SampleRecords.START, SyncListener.LOG_ONLY)) {
      for (int i = 0; i < records; i++) {
        long tMs = i * 20L;
        writer.append(
            new JournalRecord(
                tMs,
                SampleRecords.START.plusMillis(tMs),
                SampleRecords.OPERATOR,
                new JournalEvent.TelemetrySample(SampleRecords.telemetry(i))));
      }
    }
    long writtenMs = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    VerificationReport report = JournalReader.verify(path, TestJournals.KEY);
    long verifiedMs = (System.nanoTime() - started) / 1_000_000;
    assertTrue(report.intact() && report.sealed(), report.toString());
    assertEquals(records, report.recordCount());
    LOG.info(
        "45-minute case: {} records, {} bytes, written in {} ms, verified in {} ms",
        records,
        Files.size(path),
        writtenMs,
        verifiedMs);
  }
}
