package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * Reads one frame at a time and checks its checksums; the MAC chain is checked on request. The last
 * frame read stays in {@link #bytes()} until the next read.
 */
final class FrameReader {
  private final FileWindow file;
  private byte[] frame = new byte[4096];
  private final byte[] computedMac = new byte[JournalFormat.MAC_BYTES];

  FrameReader(FileWindow file) {
    this.file = file;
  }

  /** What reading the frame at an offset found. */
  record FrameRead(
      long offset, long index, int payloadLength, String damage, OptionalLong storedTMs) {
    boolean intact() {
      return damage == null;
    }

    long end() {
      return offset + JournalFormat.frameBytes(payloadLength);
    }

    static FrameRead damaged(long offset, String damage, OptionalLong storedTMs) {
      return new FrameRead(offset, -1, 0, damage, storedTMs);
    }
  }

  /** Reads and checks the frame at {@code offset}: header CRC, length bounds, frame CRC. */
  FrameRead read(long offset) throws IOException {
    long left = file.size() - offset;
    if (left < JournalFormat.FRAME_HEADER_BYTES) {
      return FrameRead.damaged(
          offset, "frame header incomplete: " + left + " bytes left", OptionalLong.empty());
    }
    file.read(offset, frame, 0, JournalFormat.FRAME_HEADER_BYTES);
    int payloadLength = JournalFormat.getInt(frame, 0);
    long index = JournalFormat.getLong(frame, 4);
    int headerCrc = JournalFormat.getInt(frame, JournalFormat.FRAME_HEADER_CRC_OFFSET);
    if (JournalFormat.crc32c(frame, 0, JournalFormat.FRAME_HEADER_CRC_OFFSET) != headerCrc) {
      return FrameRead.damaged(offset, "frame header checksum mismatch", OptionalLong.empty());
    }
    if (payloadLength < 1 || payloadLength > JournalFormat.MAX_PAYLOAD_BYTES) {
      return FrameRead.damaged(
          offset, "payload length " + payloadLength + " out of range", OptionalLong.empty());
    }
    int frameBytes = JournalFormat.frameBytes(payloadLength);
    if (left < frameBytes) {
      return FrameRead.damaged(
          offset,
          "frame incomplete: needs " + frameBytes + " bytes, " + left + " left",
          OptionalLong.empty());
    }
    if (frame.length < frameBytes) {
      frame = new byte[Math.max(frameBytes, frame.length * 2)];
    }
    file.read(offset, frame, 0, frameBytes);
    int crcOffset = frameBytes - JournalFormat.CRC_BYTES;
    if (JournalFormat.crc32c(frame, 0, crcOffset) != JournalFormat.getInt(frame, crcOffset)) {
      return FrameRead.damaged(offset, "frame checksum mismatch", storedTMs(payloadLength));
    }
    return new FrameRead(offset, index, payloadLength, null, OptionalLong.empty());
  }

  /** True when an intact frame starts anywhere in [{@code from}, end of file). */
  boolean intactFrameStartsAtOrAfter(long from) throws IOException {
    for (long offset = from; offset + JournalFormat.FRAME_OVERHEAD_BYTES <= file.size(); offset++) {
      if (read(offset).intact()) {
        return true;
      }
    }
    return false;
  }

  /** The frame bytes of the last read. */
  byte[] bytes() {
    return frame;
  }

  /** Whether the stored MAC of the last intact frame read follows from {@code previousMac}. */
  boolean macFollows(Mac mac, byte[] previousMac, int payloadLength) {
    int macOffset = JournalFormat.FRAME_HEADER_BYTES + payloadLength;
    mac.update(previousMac);
    mac.update(frame, 0, macOffset);
    try {
      mac.doFinal(computedMac, 0);
    } catch (ShortBufferException e) {
      throw new IllegalStateException("MAC buffer too short", e);
    }
    int difference = 0; // compared in constant time, like MessageDigest.isEqual
    for (int i = 0; i < computedMac.length; i++) {
      difference |= computedMac[i] ^ frame[macOffset + i];
    }
    return difference == 0;
  }

  /** Copies the stored MAC of the last frame read into {@code destination}. */
  void copyMac(int payloadLength, byte[] destination) {
    System.arraycopy(
        frame,
        JournalFormat.FRAME_HEADER_BYTES + payloadLength,
        destination,
        0,
        JournalFormat.MAC_BYTES);
  }

  private OptionalLong storedTMs(int payloadLength) {
    if (payloadLength < 9 || RecordCodec.isSeal(frame, JournalFormat.FRAME_HEADER_BYTES)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(RecordCodec.peekTMs(frame, JournalFormat.FRAME_HEADER_BYTES));
  }
}
