package org.cryows.imaging.adapter;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of a file's data set, read at any position: from the file itself, opened for each read
 * so that a frame source holds no open file and can be used by several threads, or from memory (an
 * inflated deflated data set).
 */
sealed interface ByteSource {

  long size();

  void read(long position, byte[] into, int offset, int length) throws IOException;

  default byte[] read(long position, int length) throws IOException {
    byte[] bytes = new byte[length];
    read(position, bytes, 0, length);
    return bytes;
  }

  record FileBytes(Path file, long start, long size) implements ByteSource {
    @Override
    public void read(long position, byte[] into, int offset, int length) throws IOException {
      if (position < 0 || position + length > size) {
        throw new EOFException(
            "read of " + length + " bytes at " + position + " past the end (" + size + ")");
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        readFully(channel, start + position, into, offset, length);
      }
    }

    static void readFully(FileChannel channel, long position, byte[] into, int offset, int length)
        throws IOException {
      ByteBuffer buffer = ByteBuffer.wrap(into, offset, length);
      long at = position;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, at);
        if (n < 0) {
          throw new EOFException("file ends at " + at);
        }
        at += n;
      }
    }
  }

  record MemoryBytes(byte[] bytes) implements ByteSource {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public void read(long position, byte[] into, int offset, int length) throws IOException {
      if (position < 0 || position + length > bytes.length) {
        throw new EOFException(
            "read of " + length + " bytes at " + position + " past the end (" + bytes.length + ")");
      }
      System.arraycopy(bytes, (int) position, into, offset, length);
    }
  }
}
