package org.cryows.probecontrol.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable big-endian byte buffer that record payloads are encoded into. */
final class ByteSink {
  private byte[] bytes;
  private int length;

  ByteSink(int initialCapacity) {
    bytes = new byte[initialCapacity];
  }

  void clear() {
    length = 0;
  }

  int length() {
    return length;
  }

  byte[] array() {
    return bytes;
  }

  void putByte(int value) {
    ensure(1);
    bytes[length++] = (byte) value;
  }

  void putBoolean(boolean value) {
    putByte(value ? 1 : 0);
  }

  void putInt(int value) {
    ensure(4);
    JournalFormat.putInt(bytes, length, value);
    length += 4;
  }

  void putLong(long value) {
    ensure(8);
    JournalFormat.putLong(bytes, length, value);
    length += 8;
  }

  void putDouble(double value) {
    putLong(Double.doubleToLongBits(value));
  }

  /** A text as its UTF-8 byte count (16 bits) and bytes; {@link TextLimits} keeps it in range. */
  void putText(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xFFFF) {
      throw new IllegalArgumentException("text of " + utf8.length + " UTF-8 bytes is too long");
    }
    ensure(2 + utf8.length);
    bytes[length++] = (byte) (utf8.length >>> 8);
    bytes[length++] = (byte) utf8.length;
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
