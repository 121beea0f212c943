package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.crypto.Mac;
import org.cryows.probecontrol.journal.FrameReader.FrameRead;
import org.cryows.probecontrol.journal.PayloadReader.MalformedPayloadException;

/**
 * Streams a journal's records forward from a position, as fast as its caller takes them (pacing
 * belongs to the replay player). Each record is checked again on the way (checksums, index and,
 * with a key, its MAC against the one before it), so a file changed after opening fails loudly with
 * an {@link UncheckedIOException}. One thread at a time.
 */
public final class JournalCursor implements Iterator<JournalRecord> {
  private static final int WINDOW_BYTES = 64 * 1024;

  private final Path path;
  private final FrameReader frames;
  private final FileWindow file;
  private final Mac mac;
  private final byte[] previousMac = new byte[JournalFormat.MAC_BYTES];
  private final long endIndex;
  private long nextIndex;
  private long offset;
  private long framesRead;

  JournalCursor(
      Path path,
      FileChannel channel,
      JournalKey key,
      long startIndex,
      long startOffset,
      long endIndex)
      throws IOException {
    this.path = path;
    long size = channel.size();
    this.file = new FileWindow(channel, size, Math.clamp(size, 1, WINDOW_BYTES));
    this.frames = new FrameReader(file);
    this.mac = key == null ? null : key.newMac();
    this.nextIndex = startIndex;
    this.offset = startOffset;
    this.endIndex = endIndex;
    if (startIndex >= endIndex) {
      return; // nothing to read, perhaps not even a header
    }
    long previousMacAt =
        startIndex == 0
            ? JournalFormat.HEADER_MAC_OFFSET
            : startOffset - JournalFormat.MAC_BYTES - JournalFormat.CRC_BYTES;
    if (!file.read(previousMacAt, previousMac, 0, previousMac.length)) {
      throw new IOException(path + ": the journal shrank after it was opened");
    }
  }

  /** The index of the record {@link #next()} returns. */
  public long nextIndex() {
    return nextIndex;
  }

  @Override
  public boolean hasNext() {
    return nextIndex < endIndex;
  }

  @Override
  public JournalRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no record after index " + (nextIndex - 1));
    }
    FrameRead frame = readCheckedFrame();
    if (mac != null && !frames.macFollows(mac, previousMac, frame.payloadLength())) {
      throw changed("its MAC no longer follows from the record before");
    }
    JournalRecord record;
    try {
      record =
          RecordCodec.decode(
              frames.bytes(), JournalFormat.FRAME_HEADER_BYTES, frame.payloadLength());
    } catch (MalformedPayloadException e) {
      throw changed(e.getMessage());
    }
    advancePast(frame);
    return record;
  }

  /** Moves past records before {@code tMs} without decoding them. */
  void skipWhileBefore(long tMs) {
    while (hasNext()) {
      FrameRead frame = readCheckedFrame();
      if (RecordCodec.peekTMs(frames.bytes(), JournalFormat.FRAME_HEADER_BYTES) >= tMs) {
        return; // the next call to next() reads this frame again (from the read-ahead window)
      }
      advancePast(frame);
    }
  }

  /** Moves past {@code count} records without decoding them. */
  void skip(long count) {
    for (long i = 0; i < count && hasNext(); i++) {
      advancePast(readCheckedFrame());
    }
  }

  /** Frames read so far, for tests of the seek's cost. */
  long framesRead() {
    return framesRead;
  }

  private FrameRead readCheckedFrame() {
    FrameRead frame;
    try {
      frame = frames.read(offset);
    } catch (IOException e) {
      throw new UncheckedIOException(
          path + ": reading record " + nextIndex + " at byte " + offset + " failed", e);
    }
    framesRead++;
    if (!frame.intact()) {
      throw changed(frame.damage());
    }
    if (frame.index() != nextIndex) {
      throw changed("its frame says index " + frame.index());
    }
    return frame;
  }

  private void advancePast(FrameRead frame) {
    frames.copyMac(frame.payloadLength(), previousMac);
    offset = frame.end();
    nextIndex++;
  }

  private UncheckedIOException changed(String why) {
    return new UncheckedIOException(
        new IOException(
            path
                + ": record "
                + nextIndex
                + " at byte "
                + offset
                + " no longer verifies ("
                + why
                + "); the file changed after it was opened"));
  }
}
