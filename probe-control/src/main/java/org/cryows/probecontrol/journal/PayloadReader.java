package org.cryows.probecontrol.journal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a record payload field by field; every failure names the field. */
final class PayloadReader {
  private final ByteBuffer buffer;

  PayloadReader(byte[] bytes, int offset, int length) {
    this.buffer = ByteBuffer.wrap(bytes, offset, length);
  }

  int unsignedByte(String field) throws MalformedPayloadException {
    try {
      return buffer.get() & 0xFF;
    } catch (BufferUnderflowException e) {
      throw ended(field);
    }
  }

  boolean bool(String field) throws MalformedPayloadException {
    int value = unsignedByte(field);
    if (value > 1) {
      throw new MalformedPayloadException(field + " is " + value + ", not 0 or 1");
    }
    return value == 1;
  }

  int int32(String field) throws MalformedPayloadException {
    try {
      return buffer.getInt();
    } catch (BufferUnderflowException e) {
      throw ended(field);
    }
  }

  long int64(String field) throws MalformedPayloadException {
    try {
      return buffer.getLong();
    } catch (BufferUnderflowException e) {
      throw ended(field);
    }
  }

  double float64(String field) throws MalformedPayloadException {
    return Double.longBitsToDouble(int64(field));
  }

  String text(String field) throws MalformedPayloadException {
    int length;
    try {
      length = buffer.getShort() & 0xFFFF;
    } catch (BufferUnderflowException e) {
      throw ended(field);
    }
    if (length > buffer.remaining()) {
      throw new MalformedPayloadException(
          field + " says " + length + " bytes, only " + buffer.remaining() + " remain");
    }
    ByteBuffer slice = buffer.slice(buffer.position(), length);
    buffer.position(buffer.position() + length);
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(slice);
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new MalformedPayloadException(field + " is not valid UTF-8");
    }
  }

  void requireEnd() throws MalformedPayloadException {
    if (buffer.hasRemaining()) {
      throw new MalformedPayloadException(
          buffer.remaining() + " unexpected bytes after the end of the record");
    }
  }

  private static MalformedPayloadException ended(String field) {
    return new MalformedPayloadException("payload ends inside " + field);
  }

  /** A payload that passed its checksums yet does not decode: a format or version mismatch. */
  static final class MalformedPayloadException extends Exception {
    MalformedPayloadException(String message) {
      super(message);
    }
  }
}
