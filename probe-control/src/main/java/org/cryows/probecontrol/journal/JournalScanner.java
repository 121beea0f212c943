package org.cryows.probecontrol.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Mac;
import org.cryows.probecontrol.journal.FrameReader.FrameRead;
import org.cryows.probecontrol.journal.PayloadReader.MalformedPayloadException;

/**
 * Walks a journal from its header to its end, checking every frame's checksums, index, MAC chain
 * (when a key is given), payload and time order, and builds the sparse index on the way.
 *
 * <p>A damaged frame is a torn tail when no intact frame follows it anywhere in the file: appends
 * only ever add at the end, so a crash can leave only a partial last write. A damaged frame
 * followed by an intact one is corruption or tampering in the middle, and is reported, never cut.
 */
final class JournalScanner {
  private static final int WINDOW_BYTES = 1 << 20;

  private JournalScanner() {}

  /** What a scan found, and where an append would continue the chain. */
  static final class ScanResult {
    final VerificationReport report;
    final long endOffset;
    final long lastTMs;
    final byte[] lastMac;
    final SparseIndex index;

    ScanResult(
        VerificationReport report,
        long endOffset,
        long lastTMs,
        byte[] lastMac,
        SparseIndex index) {
      this.report = report;
      this.endOffset = endOffset;
      this.lastTMs = lastTMs;
      this.lastMac = lastMac;
      this.index = index;
    }
  }

  /** Scans the file; {@code key} null checks checksums and order only, not the MAC chain. */
  static ScanResult scan(FileChannel channel, JournalKey key) throws IOException {
    long size = channel.size();
    var file = new FileWindow(channel, size, Math.clamp(size, 1, WINDOW_BYTES));
    var index = new SparseIndex();
    byte[] header = new byte[JournalFormat.HEADER_BYTES];
    int available = (int) Math.min(size, header.length);
    file.read(0, header, 0, available);
    int magicBytes = Math.min(available, JournalFormat.MAGIC.length);
    if (!Arrays.equals(header, 0, magicBytes, JournalFormat.MAGIC, 0, magicBytes)) {
      return headerFailure("not a journal: the file does not start with CRYOJRNL", index);
    }
    if (available < header.length) {
      return headerFailure(
          "the file has "
              + size
              + " bytes, fewer than the "
              + JournalFormat.HEADER_BYTES
              + "-byte header",
          index);
    }
    HeaderCheck headerCheck = checkHeader(header, key);
    if (headerCheck.failure() != null) {
      return headerFailure(headerCheck.failure(), index);
    }
    JournalHeader journalHeader = headerCheck.header();
    byte[] previousMac =
        Arrays.copyOfRange(
            header,
            JournalFormat.HEADER_MAC_OFFSET,
            JournalFormat.HEADER_MAC_OFFSET + JournalFormat.MAC_BYTES);
    return new Walk(file, key, journalHeader, previousMac, index).run();
  }

  /** The header, or the reason it fails. */
  private record HeaderCheck(JournalHeader header, String failure) {
    static HeaderCheck failed(String failure) {
      return new HeaderCheck(null, failure);
    }
  }

  private static HeaderCheck checkHeader(byte[] header, JournalKey key) {
    if (!Arrays.equals(header, 0, JournalFormat.MAGIC.length, JournalFormat.MAGIC, 0, 8)) {
      return HeaderCheck.failed("not a journal: the file does not start with CRYOJRNL");
    }
    int storedCrc = JournalFormat.getInt(header, JournalFormat.HEADER_CRC_OFFSET);
    if (JournalFormat.crc32c(header, 0, JournalFormat.HEADER_CRC_OFFSET) != storedCrc) {
      return HeaderCheck.failed("header checksum mismatch: the header is damaged");
    }
    int version = JournalFormat.getInt(header, 8);
    if (version != JournalFormat.VERSION) {
      return HeaderCheck.failed(
          "format version "
              + version
              + " is not supported (this reader knows "
              + JournalFormat.VERSION
              + ")");
    }
    JournalHeader decoded;
    try {
      decoded = JournalHeader.decodeFields(header);
    } catch (IllegalArgumentException e) {
      return HeaderCheck.failed("header fields invalid: " + e.getMessage());
    }
    if (key != null) {
      if (decoded.keyId() != key.keyId()) {
        return HeaderCheck.failed(
            "wrong key: the journal was written with key id "
                + decoded.keyIdHex()
                + ", the key given has id "
                + key.keyIdHex());
      }
      Mac mac = key.newMac();
      mac.update(header, 0, JournalFormat.HEADER_MAC_OFFSET);
      byte[] expected = mac.doFinal();
      byte[] stored =
          Arrays.copyOfRange(
              header,
              JournalFormat.HEADER_MAC_OFFSET,
              JournalFormat.HEADER_MAC_OFFSET + JournalFormat.MAC_BYTES);
      if (!MessageDigest.isEqual(expected, stored)) {
        return HeaderCheck.failed("header MAC mismatch: the header was altered");
      }
    }
    return new HeaderCheck(decoded, null);
  }

  private static ScanResult headerFailure(String reason, SparseIndex index) {
    var report =
        new VerificationReport(
            Optional.empty(), 0, false, 0, Optional.of(BadRecord.header(reason)));
    return new ScanResult(report, 0, -1, null, index);
  }

  /** One pass over the frames after the header. */
  private static final class Walk {
    private final FileWindow file;
    private final FrameReader frames;
    private final Mac mac;
    private final JournalHeader header;
    private final byte[] previousMac;
    private final SparseIndex index;
    private long offset = JournalFormat.HEADER_BYTES;
    private long count;
    private long lastTMs = -1;

    Walk(
        FileWindow file,
        JournalKey key,
        JournalHeader header,
        byte[] previousMac,
        SparseIndex index) {
      this.file = file;
      this.frames = new FrameReader(file);
      this.mac = key == null ? null : key.newMac();
      this.header = header;
      this.previousMac = previousMac;
      this.index = index;
    }

    ScanResult run() throws IOException {
      while (offset < file.size()) {
        FrameRead frame = frames.read(offset);
        if (!frame.intact()) {
          if (frames.intactFrameStartsAtOrAfter(offset + 1)) {
            return bad(frame.storedTMs(), frame.damage() + ", and intact frames follow it");
          }
          return finish(false, file.size() - offset);
        }
        if (frame.index() != count) {
          return bad(
              OptionalLong.empty(),
              "frame index is "
                  + frame.index()
                  + " where "
                  + count
                  + " was expected: records are missing, repeated or reordered");
        }
        if (mac != null && !frames.macFollows(mac, previousMac, frame.payloadLength())) {
          return bad(
              tMsIfDecodable(frame),
              "MAC mismatch: the record was altered, or the chain before it was");
        }
        byte[] bytes = frames.bytes();
        if (RecordCodec.isSeal(bytes, JournalFormat.FRAME_HEADER_BYTES)) {
          return seal(frame);
        }
        JournalRecord record;
        try {
          record =
              RecordCodec.decode(bytes, JournalFormat.FRAME_HEADER_BYTES, frame.payloadLength());
        } catch (MalformedPayloadException e) {
          return bad(OptionalLong.empty(), "the record does not decode: " + e.getMessage());
        }
        if (record.tMs() < lastTMs) {
          return bad(
              OptionalLong.of(record.tMs()),
              "tMs goes back in time from the previous record's " + lastTMs);
        }
        index.offer(count, record.tMs(), offset);
        frames.copyMac(frame.payloadLength(), previousMac);
        lastTMs = record.tMs();
        count++;
        offset = frame.end();
      }
      return finish(false, 0);
    }

    private ScanResult seal(FrameRead frame) throws IOException {
      long sealedCount;
      try {
        sealedCount =
            RecordCodec.decodeSeal(
                frames.bytes(), JournalFormat.FRAME_HEADER_BYTES, frame.payloadLength());
      } catch (MalformedPayloadException e) {
        return bad(OptionalLong.empty(), "the seal does not decode: " + e.getMessage());
      }
      if (sealedCount != count) {
        return bad(
            OptionalLong.empty(),
            "the seal counts " + sealedCount + " records where " + count + " precede it");
      }
      long after = file.size() - frame.end();
      if (after > 0) {
        // Reported as the frame after the seal; the records before it all verified.
        var badRecord =
            new BadRecord(
                count + 1,
                OptionalLong.empty(),
                frame.end(),
                after + " bytes follow the seal; nothing may follow a seal");
        return failure(badRecord);
      }
      frames.copyMac(frame.payloadLength(), previousMac);
      offset = frame.end();
      return finish(true, 0);
    }

    private OptionalLong tMsIfDecodable(FrameRead frame) {
      byte[] bytes = frames.bytes();
      if (frame.payloadLength() < 9
          || RecordCodec.isSeal(bytes, JournalFormat.FRAME_HEADER_BYTES)) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(RecordCodec.peekTMs(bytes, JournalFormat.FRAME_HEADER_BYTES));
    }

    private ScanResult bad(OptionalLong tMs, String reason) {
      return failure(new BadRecord(count, tMs, offset, reason));
    }

    private ScanResult failure(BadRecord badRecord) {
      var report =
          new VerificationReport(Optional.of(header), count, false, 0, Optional.of(badRecord));
      return new ScanResult(report, offset, lastTMs, previousMac, index);
    }

    private ScanResult finish(boolean sealed, long tornTailBytes) {
      var report =
          new VerificationReport(
              Optional.of(header), count, sealed, tornTailBytes, Optional.empty());
      return new ScanResult(report, offset, lastTMs, previousMac, index);
    }
  }
}
