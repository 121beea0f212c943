package org.cryows.probecontrol.journal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

/**
 * The child process of {@link JournalCrashTest}: appends sample records as fast as it can, in
 * bursts, until it is killed. Its stdout is the test's protocol: {@code ready} once the journal
 * exists, then {@code synced N} each time records [0, N) are on disk (printed only after the force
 * returned). Arguments: journal path, key in hex, random seed.
 */
public final class CrashingJournalWriter {
  private CrashingJournalWriter() {}

  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[0]);
    JournalKey key = JournalKey.of(HexFormat.of().parseHex(args[1]));
    var random = new Random(Long.parseLong(args[2]));
    PrintStream protocol = System.out;
    SyncListener listener =
        new SyncListener() {
          @Override
          public void synced(long durableCount) {
            report(protocol, "synced " + durableCount);
          }

          @Override
          public void syncFailed(JournalWriteException failure) {
            report(protocol, "failed " + failure.getMessage());
          }
        };
    try (JournalWriter writer = JournalWriter.create(path, key, SampleRecords.START, listener)) {
      report(protocol, "ready");
      for (long i = 0; ; i++) {
        writer.append(SampleRecords.record(i));
        if (random.nextInt(64) == 0) {
          Thread.sleep(1); // bursts, so kills land both inside and between appends
        }
        if (random.nextInt(4096) == 0) {
          writer.sync(); // an explicit sync from the appending thread, reported by the listener
        }
      }
    }
  }

  private static void report(PrintStream protocol, String line) {
    synchronized (protocol) {
      protocol.println(line);
      protocol.flush();
    }
  }
}
