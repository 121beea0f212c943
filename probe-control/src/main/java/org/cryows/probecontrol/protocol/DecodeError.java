package org.cryows.probecontrol.protocol;

/**
 * Why bytes between two delimiters were not a frame. The decoder drops them and goes on with the
 * next frame.
 *
 * @param detail what exactly was wrong, naming the field where there is one
 */
public record DecodeError(Kind kind, String detail) {

  public enum Kind {
    /** The COBS stuffing is broken: a block runs past the end (bytes lost or a stray delimiter). */
    BAD_STUFFING,
    /**
     * More bytes than the largest frame arrived without a delimiter; dropped up to the next one.
     */
    OVERSIZE,
    /** Fewer bytes than a header and a CRC. */
    TOO_SHORT,
    /** The CRC-32C does not match: the bytes were changed in transit. */
    BAD_CRC,
    /** The frame says a protocol version this code does not speak. */
    UNSUPPORTED_VERSION,
    /** The length field disagrees with the bytes that arrived. */
    BAD_LENGTH,
    /** The message type code is not one this version knows. */
    UNKNOWN_TYPE,
    /** The payload is too short or too long for its type, or a field's value is invalid. */
    BAD_PAYLOAD
  }

  public DecodeError {
    if (kind == null || detail == null) {
      throw new IllegalArgumentException("kind and detail are required");
    }
  }

  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
