package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * Reads a journal. Opening verifies every frame and the HMAC chain from the header on and builds a
 * sparse time index on the way, so that {@link #cursorAt(long)} finds any session time in O(log n).
 * Cursors re-check each frame they return, so a file changed after opening is noticed.
 *
 * <p>Thread-safe: the reader is immutable once open; each cursor belongs to one thread.
 */
public final class JournalReader implements AutoCloseable {
  private final Path path;
  private final FileChannel channel;
  private final JournalKey key;
  private final VerificationReport report;
  private final SparseIndex index;

  private JournalReader(
      Path path,
      FileChannel channel,
      JournalKey key,
      VerificationReport report,
      SparseIndex index) {
    this.path = path;
    this.channel = channel;
    this.key = key;
    this.report = report;
    this.index = index;
  }

  /**
   * Opens and verifies a journal. A torn tail (an interrupted last write) is left out, not reported
   * as an error; see {@link VerificationReport#tornTailBytes()}.
   *
   * @throws JournalIntegrityException when the header or any record fails verification
   */
  public static JournalReader open(Path path, JournalKey key) throws IOException {
    if (key == null) {
      throw new IllegalArgumentException("key is required (openUnverified reads without one)");
    }
    JournalReader reader = openIntactPrefix(path, key);
    if (!reader.report.intact()) {
      reader.close();
      throw new JournalIntegrityException(path, reader.report);
    }
    return reader;
  }

  /**
   * Opens a journal and gives access to the records before its first bad one, if any; {@link
   * #verification()} tells whether and where it failed.
   */
  public static JournalReader openIntactPrefix(Path path, JournalKey key) throws IOException {
    if (key == null) {
      throw new IllegalArgumentException("key is required (openUnverified reads without one)");
    }
    return openWith(path, key);
  }

  /**
   * Opens a journal checking its checksums, indices and time order but not its HMAC chain: for
   * reading a journal whose key is not at hand. Nothing read this way is proven authentic.
   */
  public static JournalReader openUnverified(Path path) throws IOException {
    return openWith(path, null);
  }

  /** Verifies a journal's header, frames, HMAC chain and seal. */
  public static VerificationReport verify(Path path, JournalKey key) throws IOException {
    try (JournalReader reader = openIntactPrefix(path, key)) {
      return reader.verification();
    }
  }

  private static JournalReader openWith(Path path, JournalKey key) throws IOException {
    if (path == null) {
      throw new IllegalArgumentException("path is required");
    }
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      JournalScanner.ScanResult scan = JournalScanner.scan(channel, key);
      return new JournalReader(path, channel, key, scan.report, scan.index);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  public Path path() {
    return path;
  }

  /** What opening found: header, intact record count, seal, torn tail, first bad record. */
  public VerificationReport verification() {
    return report;
  }

  /** Whether the HMAC chain was checked (false for {@link #openUnverified(Path)}). */
  public boolean authenticated() {
    return key != null;
  }

  public JournalHeader header() {
    return report
        .header()
        .orElseThrow(() -> new IllegalStateException(path + ": the journal header is unreadable"));
  }

  /** The records readable: all of them, or those before the first bad one. */
  public long recordCount() {
    return report.recordCount();
  }

  /** A cursor at the first record. */
  public JournalCursor cursor() throws IOException {
    return cursorAt(Long.MIN_VALUE);
  }

  /**
   * A cursor at the first record whose {@code tMs} is at or after {@code tMs} (at the end when
   * there is none): a binary search of the sparse index, then at most one stride of frames.
   */
  public JournalCursor cursorAt(long tMs) throws IOException {
    JournalCursor cursor = startOfEntry(index.size() == 0 ? -1 : index.startEntryFor(tMs));
    cursor.skipWhileBefore(tMs);
    return cursor;
  }

  /** The record at {@code recordIndex}, found through the sparse index. */
  public JournalRecord get(long recordIndex) throws IOException {
    if (recordIndex < 0 || recordIndex >= recordCount()) {
      throw new NoSuchElementException(
          "record " + recordIndex + " is not in " + path + " (" + recordCount() + " records)");
    }
    JournalCursor cursor = startOfEntry((int) (recordIndex / SparseIndex.STRIDE));
    cursor.skip(recordIndex % SparseIndex.STRIDE);
    return cursor.next();
  }

  /** The session time of the first record, if any. */
  public OptionalLong firstTMs() throws IOException {
    return recordCount() == 0 ? OptionalLong.empty() : OptionalLong.of(get(0).tMs());
  }

  /** The session time of the last readable record, if any. */
  public OptionalLong lastTMs() throws IOException {
    return recordCount() == 0
        ? OptionalLong.empty()
        : OptionalLong.of(get(recordCount() - 1).tMs());
  }

  private JournalCursor startOfEntry(int entry) throws IOException {
    if (entry < 0) {
      return new JournalCursor(path, channel, key, 0, JournalFormat.HEADER_BYTES, recordCount());
    }
    return new JournalCursor(
        path, channel, key, index.recordIndexOf(entry), index.offsetOf(entry), recordCount());
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
