package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends records to a session journal. Thread-safe: any thread may append; records get their index
 * in the order the appends take the writer's lock.
 *
 * <p>Sync policy (group commit): an append encodes the record, chains its HMAC and puts the frame
 * in a buffer; it does no disk I/O unless the buffer is full. A sync thread writes the buffer and
 * forces the file to stable storage every {@value #SYNC_INTERVAL_MS} ms, and {@link #close()} does
 * so once more after sealing the journal. A record is therefore durable at most {@value
 * #SYNC_INTERVAL_MS} ms plus two forces after its append; a sync that leaves records waiting longer
 * than {@value #AT_RISK_BUDGET_MS} ms is logged as a warning. {@link #sync()} forces at once, for
 * callers that must know a record is on disk.
 *
 * <p>A failed write or force is never ignored: the writer logs it once as an error, hands it to its
 * {@link SyncListener}, and fails every later append with the same {@link JournalWriteException}.
 * It does not retry: after a failed fsync the kernel may have dropped the dirty pages, so a retry
 * that succeeds would prove nothing.
 */
public final class JournalWriter implements AutoCloseable {
  /** How often the sync thread forces the file. */
  public static final long SYNC_INTERVAL_MS = 40;

  /** The most wall-clock time a record may wait for the disk, as promised in docs/journal.md. */
  public static final long AT_RISK_BUDGET_MS = 100;

  static final int BUFFER_BYTES = 256 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);

  /** Opens the file; tests substitute one that fails. */
  @FunctionalInterface
  interface ChannelFactory {
    FileChannel open(Path path, OpenOption... options) throws IOException;
  }

  private final Path path;
  private final FileChannel channel;
  private final JournalHeader header;
  private final SyncListener listener;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final ReentrantLock syncLock = new ReentrantLock();
  private final ScheduledExecutorService syncer;

  // Guarded by appendLock.
  private final Mac mac;
  private final byte[] previousMac;
  private final byte[] pending = new byte[BUFFER_BYTES];
  private int pendingLength;
  private long fileEnd;
  private long nextIndex;
  private long writtenCount;
  private long lastTMs;
  private boolean unsyncedRecords;
  private long oldestUnsyncedNanos;
  private boolean closed;

  // Guarded by syncLock.
  private long slowSyncs;

  private volatile long durableCount;
  private volatile long maxAtRiskMs;
  private volatile JournalWriteException failure;

  private JournalWriter(
      Path path,
      FileChannel channel,
      JournalHeader header,
      JournalKey key,
      byte[] previousMac,
      long fileEnd,
      long recordCount,
      long lastTMs,
      SyncListener listener,
      long syncIntervalMs) {
    this.path = path;
    this.channel = channel;
    this.header = header;
    this.mac = key.newMac();
    this.previousMac = previousMac.clone();
    this.fileEnd = fileEnd;
    this.nextIndex = recordCount;
    this.writtenCount = recordCount;
    this.durableCount = recordCount;
    this.lastTMs = lastTMs;
    this.listener = listener;
    if (syncIntervalMs > 0) {
      syncer =
          Executors.newSingleThreadScheduledExecutor(
              runnable -> {
                var thread = new Thread(runnable, "journal-sync " + path.getFileName());
                thread.setDaemon(true);
                return thread;
              });
      syncer.scheduleWithFixedDelay(
          this::syncOnSchedule, syncIntervalMs, syncIntervalMs, TimeUnit.MILLISECONDS);
    } else {
      syncer = null;
    }
  }

  /**
   * Creates a new journal (the file must not exist), writes its header and forces it and its folder
   * to disk before returning.
   */
  public static JournalWriter create(
      Path path, JournalKey key, Instant startedUtc, SyncListener listener) throws IOException {
    return create(path, key, UUID.randomUUID(), startedUtc, listener);
  }

  /**
   * Creates a new journal with a given session id: a recording that must be the same bytes on every
   * run (the bundled sample sessions) names its session itself. Otherwise as {@link #create(Path,
   * JournalKey, Instant, SyncListener)}.
   */
  public static JournalWriter create(
      Path path, JournalKey key, UUID sessionId, Instant startedUtc, SyncListener listener)
      throws IOException {
    if (sessionId == null) {
      throw new IllegalArgumentException("sessionId is required");
    }
    return create(path, key, sessionId, startedUtc, listener, SYNC_INTERVAL_MS, FileChannel::open);
  }

  static JournalWriter create(
      Path path,
      JournalKey key,
      Instant startedUtc,
      SyncListener listener,
      long syncIntervalMs,
      ChannelFactory files)
      throws IOException {
    return create(path, key, UUID.randomUUID(), startedUtc, listener, syncIntervalMs, files);
  }

  private static JournalWriter create(
      Path path,
      JournalKey key,
      UUID sessionId,
      Instant startedUtc,
      SyncListener listener,
      long syncIntervalMs,
      ChannelFactory files)
      throws IOException {
    requireArguments(path, key, listener);
    var header = new JournalHeader(sessionId, startedUtc, key.keyId());
    byte[] headerBytes = header.encode(key);
    FileChannel channel = files.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      writeFully(channel, ByteBuffer.wrap(headerBytes), 0);
      channel.force(true);
      forceFolder(path);
    } catch (IOException e) {
      channel.close();
      throw new IOException(path + ": creating the journal failed: " + e.getMessage(), e);
    }
    byte[] headerMac = new byte[JournalFormat.MAC_BYTES];
    System.arraycopy(headerBytes, JournalFormat.HEADER_MAC_OFFSET, headerMac, 0, headerMac.length);
    return new JournalWriter(
        path,
        channel,
        header,
        key,
        headerMac,
        JournalFormat.HEADER_BYTES,
        0,
        0,
        listener,
        syncIntervalMs);
  }

  /**
   * Reopens an unsealed journal after a crash to continue it: verifies the whole chain, cuts a torn
   * tail (logged as a warning), and appends after the last intact record.
   *
   * @throws JournalIntegrityException when any record before the end fails verification
   */
  public static JournalWriter resume(Path path, JournalKey key, SyncListener listener)
      throws IOException {
    return resume(path, key, listener, SYNC_INTERVAL_MS);
  }

  static JournalWriter resume(Path path, JournalKey key, SyncListener listener, long syncIntervalMs)
      throws IOException {
    requireArguments(path, key, listener);
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      JournalScanner.ScanResult scan = JournalScanner.scan(channel, key);
      VerificationReport report = scan.report;
      if (!report.intact()) {
        throw new JournalIntegrityException(path, report);
      }
      if (report.sealed()) {
        throw new IOException(
            path + ": the journal is sealed (closed cleanly); start a new journal instead");
      }
      if (report.tornTailBytes() > 0) {
        channel.truncate(scan.endOffset);
        channel.force(true);
        LOG.warn(
            "Journal {}: cut a torn tail of {} bytes at byte {}, after record {}",
            path,
            report.tornTailBytes(),
            scan.endOffset,
            report.recordCount() - 1);
      }
      return new JournalWriter(
          path,
          channel,
          report.header().orElseThrow(),
          key,
          scan.lastMac,
          scan.endOffset,
          report.recordCount(),
          Math.max(0, scan.lastTMs),
          listener,
          syncIntervalMs);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Appends a record; it reaches the disk with the next sync (see the class comment).
   *
   * @return the record's index, from 0
   * @throws IllegalArgumentException when the record's {@code tMs} is before the previous one's
   * @throws JournalWriteException when this or an earlier write or sync failed
   * @throws IllegalStateException after {@link #close()}
   */
  public long append(JournalRecord record) {
    if (record == null) {
      throw new IllegalArgumentException("record is required");
    }
    var payload = new ByteSink(256);
    RecordCodec.encode(record, payload);
    if (payload.length() > JournalFormat.MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException(
          "record encodes to " + payload.length() + " bytes, more than the format allows");
    }
    appendLock.lock();
    try {
      requireWritable();
      if (record.tMs() < lastTMs) {
        throw new IllegalArgumentException(
            "tMs "
                + record.tMs()
                + " is before the previous record's "
                + lastTMs
                + " ms; records are appended in session-time order");
      }
      long index = nextIndex;
      appendFrame(index, payload);
      nextIndex = index + 1;
      lastTMs = record.tMs();
      return index;
    } finally {
      appendLock.unlock();
    }
  }

  /**
   * Writes and forces everything appended so far.
   *
   * @return the number of records now durable
   * @throws JournalWriteException when writing or forcing failed (now or earlier)
   */
  public long sync() {
    syncLock.lock();
    try {
      long target;
      boolean anyUnsynced;
      long oldestNanos;
      appendLock.lock();
      try {
        throwIfFailed();
        writePending();
        target = writtenCount;
        anyUnsynced = unsyncedRecords;
        oldestNanos = oldestUnsyncedNanos;
        unsyncedRecords = false;
      } finally {
        appendLock.unlock();
      }
      if (!anyUnsynced) {
        return target;
      }
      try {
        channel.force(false);
      } catch (IOException e) {
        throw fail("forcing records up to index " + (target - 1) + " to disk", e);
      }
      durableCount = target;
      noteTimeAtRisk(oldestNanos);
      try {
        listener.synced(target);
      } catch (RuntimeException e) {
        LOG.warn("Journal {}: the sync listener failed: {}", path, e.toString());
      }
      return target;
    } finally {
      syncLock.unlock();
    }
  }

  /**
   * Seals the journal (so a reader can tell a clean close from a crash or a cut), forces it and
   * closes the file. Idempotent.
   *
   * @throws JournalWriteException when this or an earlier write or sync failed
   */
  @Override
  public void close() {
    appendLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true; // appends from now on are refused
    } finally {
      appendLock.unlock();
    }
    stopSyncer();
    try {
      appendLock.lock();
      try {
        throwIfFailed();
        var seal = new ByteSink(16);
        RecordCodec.encodeSeal(nextIndex, seal);
        appendFrame(nextIndex, seal);
      } finally {
        appendLock.unlock();
      }
      sync();
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.warn("Journal {}: closing the file failed: {}", path, e.toString());
      }
    }
  }

  public Path path() {
    return path;
  }

  public JournalHeader header() {
    return header;
  }

  /** Records appended so far (the next record's index). */
  public long appendedCount() {
    appendLock.lock();
    try {
      return nextIndex;
    } finally {
      appendLock.unlock();
    }
  }

  /** Records known to be on stable storage. */
  public long durableCount() {
    return durableCount;
  }

  /** The longest a record has waited for the disk so far, in wall-clock milliseconds. */
  public long maxAtRiskMs() {
    return maxAtRiskMs;
  }

  /** The failure that stopped this writer, if any. */
  public Optional<JournalWriteException> failure() {
    return Optional.ofNullable(failure);
  }

  // ------------------------------------------------------------------ internals

  private void appendFrame(long index, ByteSink payload) {
    int frameBytes = JournalFormat.frameBytes(payload.length());
    if (pendingLength + frameBytes > pending.length) {
      writePending();
    }
    if (frameBytes > pending.length) {
      byte[] frame = new byte[frameBytes];
      encodeFrame(frame, 0, index, payload);
      try {
        writeFully(channel, ByteBuffer.wrap(frame), fileEnd);
      } catch (IOException e) {
        throw fail("writing record " + index, e);
      }
      fileEnd += frameBytes;
      writtenCount = index + 1; // only a record, never the small seal, takes this path
    } else {
      encodeFrame(pending, pendingLength, index, payload);
      pendingLength += frameBytes;
    }
    if (!unsyncedRecords) {
      unsyncedRecords = true;
      oldestUnsyncedNanos = System.nanoTime();
    }
  }

  /** Lays out one frame at {@code at}: header, payload, chained MAC, checksum. */
  private void encodeFrame(byte[] target, int at, long index, ByteSink payload) {
    int length = payload.length();
    JournalFormat.putInt(target, at, length);
    JournalFormat.putLong(target, at + 4, index);
    JournalFormat.putInt(
        target,
        at + JournalFormat.FRAME_HEADER_CRC_OFFSET,
        JournalFormat.crc32c(target, at, JournalFormat.FRAME_HEADER_CRC_OFFSET));
    System.arraycopy(
        payload.array(), 0, target, at + JournalFormat.FRAME_HEADER_BYTES, payload.length());
    int macAt = at + JournalFormat.FRAME_HEADER_BYTES + length;
    mac.update(previousMac);
    mac.update(target, at, JournalFormat.FRAME_HEADER_BYTES + length);
    try {
      mac.doFinal(target, macAt);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("frame has no room for its MAC", e);
    }
    System.arraycopy(target, macAt, previousMac, 0, JournalFormat.MAC_BYTES);
    int crcAt = macAt + JournalFormat.MAC_BYTES;
    JournalFormat.putInt(target, crcAt, JournalFormat.crc32c(target, at, crcAt - at));
  }

  /** Writes the buffered frames; called with appendLock held. */
  private void writePending() {
    if (pendingLength == 0) {
      return;
    }
    try {
      writeFully(channel, ByteBuffer.wrap(pending, 0, pendingLength), fileEnd);
    } catch (IOException e) {
      throw fail("writing records " + writtenCount + " to " + (nextIndex - 1), e);
    }
    fileEnd += pendingLength;
    pendingLength = 0;
    writtenCount = nextIndex;
  }

  private void syncOnSchedule() {
    try {
      sync();
    } catch (JournalWriteException e) {
      syncer.shutdown(); // already logged and reported by fail()
    } catch (RuntimeException e) {
      LOG.error("Journal {}: the sync thread failed unexpectedly", path, e);
    }
  }

  private void stopSyncer() {
    if (syncer == null) {
      return;
    }
    syncer.shutdown();
    try {
      if (!syncer.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Journal {}: the sync thread did not stop within 5 s", path);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void noteTimeAtRisk(long oldestNanos) {
    long atRiskMs = (System.nanoTime() - oldestNanos) / 1_000_000;
    if (atRiskMs > maxAtRiskMs) {
      maxAtRiskMs = atRiskMs;
    }
    if (syncer != null && atRiskMs > AT_RISK_BUDGET_MS) {
      slowSyncs++;
      if (slowSyncs == 1 || slowSyncs % 100 == 0) {
        LOG.warn(
            "Journal {}: records waited {} ms for the disk, beyond the {} ms budget ({} slow"
                + " syncs so far)",
            path,
            atRiskMs,
            AT_RISK_BUDGET_MS,
            slowSyncs);
      }
    }
  }

  /** Records the first failure (logged once, told to the listener) and returns it to throw. */
  private JournalWriteException fail(String action, IOException cause) {
    JournalWriteException first;
    synchronized (this) {
      if (failure != null) {
        return failure;
      }
      failure =
          new JournalWriteException(
              path + ": " + action + " failed (" + cause.getMessage() + ")", cause);
      first = failure;
    }
    LOG.error(
        "Journal {} failed while {}: {}; records from index {} on may not be on disk",
        path,
        action,
        cause.toString(),
        durableCount);
    try {
      listener.syncFailed(first);
    } catch (RuntimeException e) {
      LOG.warn("Journal {}: the sync listener failed: {}", path, e.toString());
    }
    return first;
  }

  private void throwIfFailed() {
    if (failure != null) {
      throw failure;
    }
  }

  private void requireWritable() {
    throwIfFailed();
    if (closed) {
      throw new IllegalStateException("journal " + path + " is closed");
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer bytes, long position)
      throws IOException {
    long at = position;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
  }

  /** Makes the new file's directory entry durable too (a no-op where folders cannot be opened). */
  private static void forceFolder(Path path) throws IOException {
    Path folder = path.toAbsolutePath().getParent();
    try (var dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException e) {
      LOG.debug("Cannot force folder {}: {}", folder, e.toString());
    }
  }

  private static void requireArguments(Path path, JournalKey key, SyncListener listener) {
    if (path == null || key == null || listener == null) {
      throw new IllegalArgumentException("path, key and listener are required");
    }
  }
}
