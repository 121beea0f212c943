package org.cryows.probecontrol.journal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The byte layout of a journal file (all integers big-endian; see docs/journal.md).
 *
 * <pre>
 * file    = header frame* [seal-frame]
 * header  = magic(8) version(4) sessionId(16) startEpochSec(8) startNanos(4) keyId(8)
 *           headerMac(32) headerCrc32c(4)                                           = 84 bytes
 * frame   = payloadLength(4) index(8) frameHeaderCrc32c(4) payload(N) mac(32) frameCrc32c(4)
 * mac_i   = HMAC-SHA256(key, mac_(i-1) || frame bytes before the mac), mac_(-1) = headerMac
 * </pre>
 */
final class JournalFormat {
  static final byte[] MAGIC = "CRYOJRNL".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;

  static final int HEADER_MAC_OFFSET = 48;
  static final int HEADER_CRC_OFFSET = 80;
  static final int HEADER_BYTES = 84;

  static final int FRAME_HEADER_CRC_OFFSET = 12;
  static final int FRAME_HEADER_BYTES = 16;
  static final int MAC_BYTES = 32;
  static final int CRC_BYTES = 4;
  static final int FRAME_OVERHEAD_BYTES = FRAME_HEADER_BYTES + MAC_BYTES + CRC_BYTES;

  /** No record payload is larger; a larger length in a frame header marks damage. */
  static final int MAX_PAYLOAD_BYTES = 1 << 20;

  private JournalFormat() {}

  static int frameBytes(int payloadBytes) {
    return FRAME_OVERHEAD_BYTES + payloadBytes;
  }

  static int crc32c(byte[] bytes, int offset, int length) {
    var crc = new CRC32C();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  static void putInt(byte[] bytes, int offset, int value) {
    bytes[offset] = (byte) (value >>> 24);
    bytes[offset + 1] = (byte) (value >>> 16);
    bytes[offset + 2] = (byte) (value >>> 8);
    bytes[offset + 3] = (byte) value;
  }

  static void putLong(byte[] bytes, int offset, long value) {
    putInt(bytes, offset, (int) (value >>> 32));
    putInt(bytes, offset + 4, (int) value);
  }

  static int getInt(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 24)
        | ((bytes[offset + 1] & 0xFF) << 16)
        | ((bytes[offset + 2] & 0xFF) << 8)
        | (bytes[offset + 3] & 0xFF);
  }

  static long getLong(byte[] bytes, int offset) {
    return ((long) getInt(bytes, offset) << 32) | (getInt(bytes, offset + 4) & 0xFFFFFFFFL);
  }
}
