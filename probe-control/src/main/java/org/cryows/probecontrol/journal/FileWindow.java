package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Positional reads of a journal file through a read-ahead window, so that a sequential scan costs
 * one system call per window rather than two per frame. Not thread-safe: one per scan or cursor;
 * the channel's positional reads may be shared.
 */
final class FileWindow {
  private final FileChannel channel;
  private final long size;
  private final byte[] window;
  private long windowStart;
  private int windowLength;

  FileWindow(FileChannel channel, long size, int capacityBytes) {
    this.channel = channel;
    this.size = size;
    this.window = new byte[capacityBytes];
  }

  long size() {
    return size;
  }

  /** Copies {@code length} bytes at {@code position}; false when the file ends before them. */
  boolean read(long position, byte[] destination, int offset, int length) throws IOException {
    if (position < 0 || length < 0 || position + length > size) {
      return false;
    }
    if (length > window.length) {
      readFully(position, ByteBuffer.wrap(destination, offset, length));
      return true;
    }
    if (position < windowStart || position + length > windowStart + windowLength) {
      windowStart = position;
      windowLength = (int) Math.min(window.length, size - position);
      readFully(position, ByteBuffer.wrap(window, 0, windowLength));
    }
    System.arraycopy(window, (int) (position - windowStart), destination, offset, length);
    return true;
  }

  private void readFully(long position, ByteBuffer buffer) throws IOException {
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw new IOException(
            "journal file ended at " + at + " while reading; it shrank while open");
      }
      at += n;
    }
  }
}
