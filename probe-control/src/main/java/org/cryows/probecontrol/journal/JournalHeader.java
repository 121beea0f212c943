package org.cryows.probecontrol.journal;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What a journal says about itself: which session it records, when that session started (UTC) and
 * the id of the key its HMAC chain was made with.
 */
public record JournalHeader(UUID sessionId, Instant startedUtc, long keyId) {
  public JournalHeader {
    if (sessionId == null || startedUtc == null) {
      throw new IllegalArgumentException("sessionId and startedUtc are required");
    }
  }

  public String keyIdHex() {
    return HexFormat.of().toHexDigits(keyId);
  }

  /** The 84 header bytes, MAC and CRC included. */
  byte[] encode(JournalKey key) {
    byte[] bytes = new byte[JournalFormat.HEADER_BYTES];
    System.arraycopy(JournalFormat.MAGIC, 0, bytes, 0, JournalFormat.MAGIC.length);
    JournalFormat.putInt(bytes, 8, JournalFormat.VERSION);
    JournalFormat.putLong(bytes, 12, sessionId.getMostSignificantBits());
    JournalFormat.putLong(bytes, 20, sessionId.getLeastSignificantBits());
    JournalFormat.putLong(bytes, 28, startedUtc.getEpochSecond());
    JournalFormat.putInt(bytes, 36, startedUtc.getNano());
    JournalFormat.putLong(bytes, 40, keyId);
    var mac = key.newMac();
    mac.update(bytes, 0, JournalFormat.HEADER_MAC_OFFSET);
    try {
      mac.doFinal(bytes, JournalFormat.HEADER_MAC_OFFSET);
    } catch (javax.crypto.ShortBufferException e) {
      throw new IllegalStateException("header MAC field too short", e);
    }
    JournalFormat.putInt(
        bytes,
        JournalFormat.HEADER_CRC_OFFSET,
        JournalFormat.crc32c(bytes, 0, JournalFormat.HEADER_CRC_OFFSET));
    return bytes;
  }

  /** Reads the fields of a header whose magic, version and CRC were already checked. */
  static JournalHeader decodeFields(byte[] bytes) {
    var sessionId = new UUID(JournalFormat.getLong(bytes, 12), JournalFormat.getLong(bytes, 20));
    long epochSec = JournalFormat.getLong(bytes, 28);
    int nanos = JournalFormat.getInt(bytes, 36);
    if (nanos < 0 || nanos > 999_999_999) {
      throw new IllegalArgumentException("session start nanoseconds out of range: " + nanos);
    }
    return new JournalHeader(
        sessionId, Instant.ofEpochSecond(epochSec, nanos), JournalFormat.getLong(bytes, 40));
  }
}
