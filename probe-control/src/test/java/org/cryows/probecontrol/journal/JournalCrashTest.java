package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * kill -9 of a writing process at random moments (seeded): the journal must reopen with every
 * record the child reported as synced, each intact and in place, and the chain must verify. The
 * kill is real (Process.destroyForcibly sends SIGKILL on Linux), so the moment is wall-clock time.
 */
class JournalCrashTest {
  private static final Logger LOG = LoggerFactory.getLogger(JournalCrashTest.class);
  private static final int ROUNDS = 5;

  @TempDir Path dir;

  @Test
  void kill9_atRandomMoments_reopensWithEverySyncedRecordIntact() throws Exception {
    var random = new Random(20250314L);
    byte[] keyBytes = TestJournals.bytes(7);
    JournalKey key = JournalKey.of(keyBytes);
    long syncedInAllRounds = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Path journal = dir.resolve("crash-" + round + ".journal");
      long killAfterMs = 60 + random.nextInt(450);
      long synced = runAndKill(journal, keyBytes, random.nextLong(), killAfterMs, round);
      syncedInAllRounds += synced;

      long recovered;
      try (JournalReader reader = JournalReader.open(journal, key)) {
        VerificationReport report = reader.verification();
        recovered = reader.recordCount();
        LOG.info(
            "round {}: killed after {} ms; {} records reported synced, {} recovered, torn tail {}"
                + " bytes",
            round,
            killAfterMs,
            synced,
            recovered,
            report.tornTailBytes());
        assertTrue(
            recovered >= synced, "round " + round + ": " + recovered + " < synced " + synced);
        assertFalse(report.sealed(), "a killed writer cannot have sealed");
        JournalCursor cursor = reader.cursor();
        for (long i = 0; i < recovered; i++) {
          assertEquals(SampleRecords.record(i), cursor.next(), "round " + round + " record " + i);
        }
      }

      try (JournalWriter writer = JournalWriter.resume(journal, key, SyncListener.LOG_ONLY)) {
        writer.append(SampleRecords.record(recovered));
      }
      VerificationReport resumed = JournalReader.verify(journal, key);
      assertTrue(resumed.intact() && resumed.sealed(), resumed.toString());
      assertEquals(recovered + 1, resumed.recordCount());
    }
    assertTrue(syncedInAllRounds > 0, "no round got as far as a sync: the test proved nothing");
  }

  /** Starts the child, kills it {@code killAfterMs} after it is ready; the highest synced count. */
  private long runAndKill(Path journal, byte[] key, long seed, long killAfterMs, int round)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stdout = dir.resolve("child-" + round + ".out");
    Path stderr = dir.resolve("child-" + round + ".err");
    // The protocol goes to a file rather than a pipe: a kill closes the pipe, a file keeps every
    // line the child printed before it died.
    Process child =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Xmx256m",
                    CrashingJournalWriter.class.getName(),
                    journal.toString(),
                    HexFormat.of().formatHex(key),
                    Long.toString(seed)))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    try {
      awaitReady(child, stdout, stderr);
      Thread.sleep(killAfterMs);
      assertTrue(child.isAlive(), "the child ended by itself: " + Files.readString(stderr));
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
    }
    long synced = 0;
    for (String line : Files.readAllLines(stdout)) {
      if (line.startsWith("synced ")) {
        synced = Math.max(synced, Long.parseLong(line.substring(7)));
      } else {
        assertEquals("ready", line, "the child reported a problem");
      }
    }
    return synced;
  }

  private static void awaitReady(Process child, Path stdout, Path stderr) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(stdout).startsWith("ready")) {
      assertTrue(child.isAlive(), "the child died: " + Files.readString(stderr));
      assertTrue(
          System.nanoTime() < deadline,
          "the child never became ready: " + Files.readString(stderr));
      Thread.sleep(5);
    }
  }
}
