package org.cryows.probecontrol.protocol;

import java.util.zip.CRC32C;

/**
 * Turns a byte stream into frames, whatever arrives: bytes in any chunks, noise, cut or corrupted
 * frames. Everything between two delimiters becomes either one {@link Frame} or one {@link
 * DecodeError}, so after any damage the decoder is back in step at the next delimiter. Reuses its
 * buffers; allocates only the decoded values and errors. One decoder per stream (not thread-safe).
 *
 * <p>Bytes before the first delimiter are dropped without an error: they are the tail of a frame
 * sent before this end started listening. Every frame is sent with a delimiter before it.
 */
public final class FrameDecoder {

  private final FrameListener listener;
  private final byte[] stuffed = new byte[WireFormat.MAX_STUFFED_BYTES];
  private final byte[] plain = new byte[WireFormat.MAX_STUFFED_BYTES];
  private final PayloadReader payload = new PayloadReader();
  private final CRC32C crc = new CRC32C();
  private int stuffedLength;
  private boolean skippingOversize;
  private boolean joinedMidFrame = true;

  public FrameDecoder(FrameListener listener) {
    this.listener = java.util.Objects.requireNonNull(listener, "listener");
  }

  /** Feeds bytes as they arrive; calls the listener for each frame or error they complete. */
  public void accept(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    for (int i = offset; i < offset + length; i++) {
      byte b = bytes[i];
      if (b == WireFormat.DELIMITER) {
        endOfFrame();
      } else if (joinedMidFrame) {
        continue;
      } else if (!skippingOversize) {
        if (stuffedLength == stuffed.length) {
          skippingOversize = true;
          stuffedLength = 0;
          listener.onError(
              new DecodeError(
                  DecodeError.Kind.OVERSIZE,
                  "more than "
                      + WireFormat.MAX_STUFFED_BYTES
                      + " bytes without a delimiter; skipped to the next one"));
        } else {
          stuffed[stuffedLength++] = b;
        }
      }
    }
  }

  /** Bytes held of a frame not yet complete (for tests: bounded by the largest frame). */
  public int pendingBytes() {
    return stuffedLength;
  }

  private void endOfFrame() {
    int length = stuffedLength;
    stuffedLength = 0;
    joinedMidFrame = false;
    if (skippingOversize) {
      skippingOversize = false;
    } else if (length > 0) {
      decodeFrame(length);
    }
  }

  private void decodeFrame(int length) {
    int frameLength = Cobs.unstuff(stuffed, length, plain);
    if (frameLength < 0) {
      error(
          DecodeError.Kind.BAD_STUFFING,
          "a stuffed block runs past the end of the " + length + "-byte frame");
      return;
    }
    int minimum = WireFormat.HEADER_BYTES + WireFormat.CRC_BYTES;
    if (frameLength < minimum) {
      error(
          DecodeError.Kind.TOO_SHORT,
          frameLength + " byte(s), a frame has at least " + minimum + "; skipped");
      return;
    }
    int crcOffset = frameLength - WireFormat.CRC_BYTES;
    crc.reset();
    crc.update(plain, 0, crcOffset);
    int expected = (int) crc.getValue();
    int received = readInt(plain, crcOffset);
    if (expected != received) {
      error(
          DecodeError.Kind.BAD_CRC,
          "CRC-32C 0x%08x received, 0x%08x computed over %d byte(s)"
              .formatted(received, expected, crcOffset));
      return;
    }
    int version = plain[0] & 0xFF;
    if (version != WireFormat.VERSION) {
      error(
          DecodeError.Kind.UNSUPPORTED_VERSION,
          "version " + version + ", this end speaks " + WireFormat.VERSION);
      return;
    }
    int typeCode = plain[1] & 0xFF;
    int seq = (plain[2] & 0xFF) << 8 | (plain[3] & 0xFF);
    int declaredLength = (plain[4] & 0xFF) << 8 | (plain[5] & 0xFF);
    int payloadLength = crcOffset - WireFormat.HEADER_BYTES;
    if (declaredLength != payloadLength || payloadLength > WireFormat.MAX_PAYLOAD_BYTES) {
      error(
          DecodeError.Kind.BAD_LENGTH,
          "length field says " + declaredLength + " payload byte(s), " + payloadLength + " came");
      return;
    }
    MessageType type = MessageType.fromCode(typeCode);
    if (type == null) {
      error(
          DecodeError.Kind.UNKNOWN_TYPE,
          "message type 0x%02x (seq %d) is not known to version %d"
              .formatted(typeCode, seq, WireFormat.VERSION));
      return;
    }
    WireMessage message;
    try {
      payload.reset(plain, WireFormat.HEADER_BYTES, payloadLength);
      message = PayloadCodec.read(type, payload);
    } catch (PayloadException e) {
      error(DecodeError.Kind.BAD_PAYLOAD, type + " (seq " + seq + ") " + e.getMessage());
      return;
    }
    listener.onFrame(new Frame(seq, message));
  }

  private void error(DecodeError.Kind kind, String detail) {
    listener.onError(new DecodeError(kind, detail));
  }

  private static int readInt(byte[] bytes, int offset) {
    return (bytes[offset] & 0xFF) << 24
        | (bytes[offset + 1] & 0xFF) << 16
        | (bytes[offset + 2] & 0xFF) << 8
        | (bytes[offset + 3] & 0xFF);
  }
}
