package org.cryows.probecontrol.protocol;

import java.util.zip.CRC32C;

/**
 * Turns a message into the bytes of one frame on the wire. Reuses its buffers, so it allocates
 * nothing for commands and telemetry; one encoder per sending thread (not thread-safe).
 */
public final class FrameEncoder {

  private final byte[] plain = new byte[WireFormat.MAX_FRAME_BYTES];
  private final PayloadWriter payload =
      new PayloadWriter(plain, WireFormat.HEADER_BYTES, WireFormat.MAX_PAYLOAD_BYTES);
  private final CRC32C crc = new CRC32C();

  /**
   * Encodes one frame into {@code out}: a delimiter, the stuffed frame, a delimiter.
   *
   * @param seq the sequence number, 0 to 65535 (for an ack or nak: the one it answers)
   * @param out at least {@link WireFormat#MAX_ENCODED_BYTES} long
   * @return the number of bytes to send
   * @throws IllegalArgumentException when the message cannot be sent (a text too long, a report the
   *     link makes itself), naming the field
   */
  public int encode(int seq, WireMessage message, byte[] out) {
    if (seq < 0 || seq >= WireFormat.SEQ_MODULUS) {
      throw new IllegalArgumentException("seq must be in [0, 65535], was " + seq);
    }
    if (out.length < WireFormat.MAX_ENCODED_BYTES) {
      throw new IllegalArgumentException(
          "output buffer of " + out.length + " bytes is under " + WireFormat.MAX_ENCODED_BYTES);
    }
    MessageType type = MessageType.of(message);
    payload.reset();
    try {
      PayloadCodec.write(message, payload);
    } catch (PayloadException e) {
      throw new IllegalArgumentException(type + " cannot be encoded: " + e.getMessage(), e);
    }
    int payloadLength = payload.length();
    plain[0] = (byte) WireFormat.VERSION;
    plain[1] = (byte) type.code();
    plain[2] = (byte) (seq >>> 8);
    plain[3] = (byte) seq;
    plain[4] = (byte) (payloadLength >>> 8);
    plain[5] = (byte) payloadLength;
    int crcOffset = WireFormat.HEADER_BYTES + payloadLength;
    crc.reset();
    crc.update(plain, 0, crcOffset);
    int value = (int) crc.getValue();
    plain[crcOffset] = (byte) (value >>> 24);
    plain[crcOffset + 1] = (byte) (value >>> 16);
    plain[crcOffset + 2] = (byte) (value >>> 8);
    plain[crcOffset + 3] = (byte) value;
    int frameLength = crcOffset + WireFormat.CRC_BYTES;

    out[0] = WireFormat.DELIMITER;
    int stuffed = Cobs.stuff(plain, 0, frameLength, out, 1);
    out[1 + stuffed] = WireFormat.DELIMITER;
    return stuffed + 2;
  }
}
