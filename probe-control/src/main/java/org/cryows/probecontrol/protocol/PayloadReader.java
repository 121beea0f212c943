package org.cryows.probecontrol.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads payload fields big-endian from a region of a reused array, naming the field on error. */
final class PayloadReader {
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buffer;
  private int position;
  private int limit;

  void reset(byte[] buffer, int offset, int length) {
    this.buffer = buffer;
    this.position = offset;
    this.limit = offset + length;
  }

  int u8(String field) throws PayloadException {
    need(field, 1);
    return buffer[position++] & 0xFF;
  }

  boolean bool(String field) throws PayloadException {
    int value = u8(field);
    if (value > 1) {
      throw new PayloadException(field, "must be 0 or 1, was " + value);
    }
    return value == 1;
  }

  int i32(String field) throws PayloadException {
    need(field, 4);
    int value =
        (buffer[position] & 0xFF) << 24
            | (buffer[position + 1] & 0xFF) << 16
            | (buffer[position + 2] & 0xFF) << 8
            | (buffer[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  long i64(String field) throws PayloadException {
    need(field, 8);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | (buffer[position++] & 0xFF);
    }
    return value;
  }

  double f64(String field) throws PayloadException {
    return Double.longBitsToDouble(i64(field));
  }

  String text(String field) throws PayloadException {
    need(field, 2);
    int length = (buffer[position] & 0xFF) << 8 | (buffer[position + 1] & 0xFF);
    position += 2;
    need(field, length);
    try {
      utf8.reset();
      String value = utf8.decode(ByteBuffer.wrap(buffer, position, length)).toString();
      position += length;
      return value;
    } catch (CharacterCodingException e) {
      throw new PayloadException(field, "is not valid UTF-8");
    }
  }

  /** The payload must end after the last field. */
  void requireEnd(String type) throws PayloadException {
    if (position != limit) {
      throw new PayloadException(
          "(after the last)", (limit - position) + " unexpected byte(s) at the end of " + type);
    }
  }

  private void need(String field, int bytes) throws PayloadException {
    if (position + bytes > limit) {
      throw new PayloadException(
          field, "the payload ends " + (position + bytes - limit) + " byte(s) short of it");
    }
  }
}
