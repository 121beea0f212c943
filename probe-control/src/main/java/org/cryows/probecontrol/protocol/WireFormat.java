package org.cryows.probecontrol.protocol;

/**
 * The fixed numbers of the frame layout (see docs/protocol.md). A frame before stuffing is: version
 * (1 byte), message type (1), sequence number (2), payload length (2), payload, CRC-32C (4), all
 * multi-byte fields big-endian. On the wire it is COBS-stuffed and written between two zero bytes.
 */
public final class WireFormat {
  /** Protocol version this code speaks; frames of any other version are refused. */
  public static final int VERSION = 1;

  /** The delimiter between frames: COBS guarantees it never occurs inside one. */
  public static final byte DELIMITER = 0;

  public static final int HEADER_BYTES = 6;
  public static final int CRC_BYTES = 4;

  /** The largest payload; the longest real one (an identity report with long texts) is far less. */
  public static final int MAX_PAYLOAD_BYTES = 1024;

  /** Header, largest payload and CRC. */
  public static final int MAX_FRAME_BYTES = HEADER_BYTES + MAX_PAYLOAD_BYTES + CRC_BYTES;

  /** COBS adds one code byte per 254 data bytes, plus the first. */
  public static final int MAX_STUFFED_BYTES = MAX_FRAME_BYTES + MAX_FRAME_BYTES / 254 + 2;

  /** A stuffed frame with its leading and trailing delimiter: size encode buffers with this. */
  public static final int MAX_ENCODED_BYTES = MAX_STUFFED_BYTES + 2;

  /** Sequence numbers are 16 bits and wrap. */
  public static final int SEQ_MODULUS = 1 << 16;

  private WireFormat() {}
}
