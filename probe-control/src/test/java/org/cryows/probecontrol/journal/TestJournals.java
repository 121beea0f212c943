package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Builds journals of sample records on disk and finds their frames, for the tests. */
final class TestJournals {
  static final JournalKey KEY = JournalKey.of(bytes(1));
  static final JournalKey OTHER_KEY = JournalKey.of(bytes(2));

  private TestJournals() {}

  static byte[] bytes(int seed) {
    byte[] key = new byte[JournalKey.BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return key;
  }

  /** A journal of {@code records} sample records, sealed by a clean close. */
  static Path sealed(Path path, int records) throws IOException {
    try (JournalWriter writer = manualSync(path)) {
      for (int i = 0; i < records; i++) {
        writer.append(SampleRecords.record(i));
      }
    }
    return path;
  }

  /** The image a crash leaves: every record synced, no seal. */
  static Path crashed(Path path, int records) throws IOException {
    Path live = path.resolveSibling(path.getFileName() + ".live");
    try (JournalWriter writer = manualSync(live)) {
      for (int i = 0; i < records; i++) {
        writer.append(SampleRecords.record(i));
      }
      writer.sync();
      Files.copy(live, path, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.delete(live);
    return path;
  }

  /** A writer without the sync thread: the test decides when to sync. */
  static JournalWriter manualSync(Path path) throws IOException {
    return JournalWriter.create(
        path, KEY, SampleRecords.START, SyncListener.LOG_ONLY, 0, FileChannel::open);
  }

  /** The byte offset of every frame (the seal's included), found by following the lengths. */
  static List<Integer> frameOffsets(byte[] file) {
    List<Integer> offsets = new ArrayList<>();
    int at = JournalFormat.HEADER_BYTES;
    while (at + JournalFormat.FRAME_HEADER_BYTES <= file.length) {
      int end = at + JournalFormat.frameBytes(JournalFormat.getInt(file, at));
      if (end > file.length) {
        break;
      }
      offsets.add(at);
      at = end;
    }
    return offsets;
  }

  /**
   * Recomputes both checksums of the frame at {@code offset}, as a forger without the key would.
   */
  static void fixChecksums(byte[] file, int offset) {
    int payloadLength = JournalFormat.getInt(file, offset);
    JournalFormat.putInt(file, offset + 12, JournalFormat.crc32c(file, offset, 12));
    int crcAt = offset + JournalFormat.frameBytes(payloadLength) - JournalFormat.CRC_BYTES;
    JournalFormat.putInt(file, crcAt, JournalFormat.crc32c(file, offset, crcAt - offset));
  }
}
