package org.cryows.probecontrol.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Writes payload fields big-endian into a region of a reused array. */
final class PayloadWriter {
  private final byte[] buffer;
  private final int start;
  private final int limit;
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int position;

  PayloadWriter(byte[] buffer, int start, int maxBytes) {
    this.buffer = buffer;
    this.start = start;
    this.limit = start + maxBytes;
    this.position = start;
  }

  void reset() {
    position = start;
  }

  /** Bytes written since the last reset. */
  int length() {
    return position - start;
  }

  void u8(String field, int value) throws PayloadException {
    room(field, 1);
    buffer[position++] = (byte) value;
  }

  void bool(String field, boolean value) throws PayloadException {
    u8(field, value ? 1 : 0);
  }

  void i32(String field, int value) throws PayloadException {
    room(field, 4);
    buffer[position++] = (byte) (value >>> 24);
    buffer[position++] = (byte) (value >>> 16);
    buffer[position++] = (byte) (value >>> 8);
    buffer[position++] = (byte) value;
  }

  void i64(String field, long value) throws PayloadException {
    room(field, 8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[position++] = (byte) (value >>> shift);
    }
  }

  /** IEEE 754 binary64, bit for bit (NaN included: an open tip sensor reads NaN). */
  void f64(String field, double value) throws PayloadException {
    i64(field, Double.doubleToRawLongBits(value));
  }

  /** A 16-bit byte count, then UTF-8. */
  void text(String field, String value) throws PayloadException {
    if (value == null) {
      throw new PayloadException(field, "must not be null");
    }
    ByteBuffer bytes;
    try {
      utf8.reset();
      bytes = utf8.encode(CharBuffer.wrap(value));
    } catch (CharacterCodingException e) {
      throw new PayloadException(field, "is not valid Unicode (" + e.getMessage() + ")");
    }
    int length = bytes.remaining();
    if (length > 0xFFFF) {
      throw new PayloadException(field, "is " + length + " bytes of UTF-8, at most 65535 fit");
    }
    room(field, 2 + length);
    buffer[position++] = (byte) (length >>> 8);
    buffer[position++] = (byte) length;
    bytes.get(buffer, position, length);
    position += length;
  }

  private void room(String field, int bytes) throws PayloadException {
    if (position + bytes > limit) {
      throw new PayloadException(
          field,
          "does not fit: the payload would exceed "
              + WireFormat.MAX_PAYLOAD_BYTES
              + " bytes ("
              + (position - start + bytes)
              + ")");
    }
  }
}
