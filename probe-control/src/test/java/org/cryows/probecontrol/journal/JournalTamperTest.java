package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damage and deliberate edits in the middle of a journal are reported at the record they touch,
 * never cut as if they were a crash tail, and never read as valid records.
 */
class JournalTamperTest {
  private static final int RECORDS = 30;
  private static ScratchFolder scratch;
  private static byte[] image;
  private static List<Integer> frames;

  @BeforeContainer
  static void writeImage() throws IOException {
    scratch = new ScratchFolder();
    image = Files.readAllBytes(TestJournals.sealed(scratch.newPath("sealed"), RECORDS));
    frames = TestJournals.frameOffsets(image);
    assertEquals(RECORDS + 1, frames.size(), "records and the seal");
  }

  @AfterContainer
  static void deleteFiles() throws IOException {
    scratch.close();
  }

  @Property(tries = 1000)
  void verify_anyFlippedByte_failsAtTheRecordHoldingIt(
      @ForAll @IntRange(min = 0, max = 1_000_000) int positionSeed,
      @ForAll @IntRange(min = 1, max = 255) int mask)
      throws IOException {
    int position = positionSeed % image.length;
    byte[] damaged = image.clone();
    damaged[position] ^= (byte) mask;
    VerificationReport report = JournalReader.verify(scratch.file(damaged), TestJournals.KEY);

    assertFalse(report.intact() && report.sealed(), "a flipped byte must never go unnoticed");
    int frame = frameHolding(position);
    if (frame < 0) {
      assertEquals(BadRecord.HEADER, report.firstBad().orElseThrow().index());
    } else if (frame < RECORDS) {
      assertEquals(frame, report.firstBad().orElseThrow().index(), report.toString());
      assertEquals(frame, report.recordCount(), "the records before it stay readable");
    } else {
      // The seal is the last frame: damage to it looks like a torn tail, and costs the seal.
      assertTrue(report.intact(), report.toString());
      assertFalse(report.sealed());
      assertEquals(RECORDS, report.recordCount());
    }
  }

  @Property(tries = 500)
  void verify_editedPayloadWithChecksumsFixed_failsOnTheMac(
      @ForAll @IntRange(min = 0, max = RECORDS - 1) int record,
      @ForAll @IntRange(min = 0, max = 10_000) int byteSeed,
      @ForAll @IntRange(min = 1, max = 255) int mask)
      throws IOException {
    int offset = frames.get(record);
    int payloadLength = JournalFormat.getInt(image, offset);
    byte[] forged = image.clone();
    forged[offset + JournalFormat.FRAME_HEADER_BYTES + byteSeed % payloadLength] ^= (byte) mask;
    TestJournals.fixChecksums(forged, offset);

    BadRecord bad =
        JournalReader.verify(scratch.file(forged), TestJournals.KEY).firstBad().orElseThrow();
    assertEquals(record, bad.index());
    assertTrue(bad.reason().startsWith("MAC mismatch"), bad.reason());
  }

  @Example
  void verify_deletedRecord_failsOnTheIndex() throws IOException {
    int record = 7;
    byte[] cut = without(image, frames.get(record), frames.get(record + 1));
    BadRecord bad =
        JournalReader.verify(scratch.file(cut), TestJournals.KEY).firstBad().orElseThrow();
    assertEquals(record, bad.index());
    assertTrue(bad.reason().contains("index is 8 where 7 was expected"), bad.reason());
  }

  @Example
  void verify_deletedRecordWithLaterFramesRenumbered_failsOnTheMac() throws IOException {
    int record = 7;
    byte[] cut = without(image, frames.get(record), frames.get(record + 1));
    for (int offset : TestJournals.frameOffsets(cut)) {
      long index = JournalFormat.getLong(cut, offset + 4);
      if (index > record) {
        JournalFormat.putLong(cut, offset + 4, index - 1);
        TestJournals.fixChecksums(cut, offset);
      }
    }
    BadRecord bad =
        JournalReader.verify(scratch.file(cut), TestJournals.KEY).firstBad().orElseThrow();
    assertEquals(record, bad.index());
    assertTrue(bad.reason().startsWith("MAC mismatch"), bad.reason());
    assertEquals(record * 20L, bad.tMs().orElseThrow() - 20, "the stored tMs of record 8");
  }

  @Example
  void verify_wrongKey_saysSoAtTheHeader() throws IOException {
    VerificationReport report = JournalReader.verify(scratch.file(image), TestJournals.OTHER_KEY);
    BadRecord bad = report.firstBad().orElseThrow();
    assertTrue(bad.isHeader());
    assertTrue(bad.reason().startsWith("wrong key"), bad.reason());
    assertTrue(bad.reason().contains(TestJournals.OTHER_KEY.keyIdHex()), bad.reason());
    assertEquals(0, report.recordCount());
  }

  @Example
  void verify_headerEditedWithChecksumFixed_failsOnTheHeaderMac() throws IOException {
    byte[] forged = image.clone();
    forged[20] ^= 1; // the session id
    JournalFormat.putInt(
        forged,
        JournalFormat.HEADER_CRC_OFFSET,
        JournalFormat.crc32c(forged, 0, JournalFormat.HEADER_CRC_OFFSET));
    BadRecord bad =
        JournalReader.verify(scratch.file(forged), TestJournals.KEY).firstBad().orElseThrow();
    assertTrue(bad.isHeader());
    assertEquals("header MAC mismatch: the header was altered", bad.reason());
  }

  @Example
  void verify_bytesAfterTheSeal_fail() throws IOException {
    byte[] extended = Arrays.copyOf(image, image.length + 10);
    BadRecord bad =
        JournalReader.verify(scratch.file(extended), TestJournals.KEY).firstBad().orElseThrow();
    assertEquals(RECORDS + 1, bad.index());
    assertTrue(bad.reason().contains("follow the seal"), bad.reason());
  }

  @Example
  void verify_notAJournal_saysSo() throws IOException {
    byte[] text = "tMs,tipC\n0,-70\n".repeat(10).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    BadRecord bad =
        JournalReader.verify(scratch.file(text), TestJournals.KEY).firstBad().orElseThrow();
    assertTrue(bad.reason().startsWith("not a journal"), bad.reason());
  }

  @Example
  void open_tamperedJournal_throwsNamingTheRecord() throws IOException {
    byte[] damaged = image.clone();
    damaged[frames.get(12) + 30] ^= 4;
    Path path = scratch.file(damaged);
    var e =
        assertThrows(
            JournalIntegrityException.class, () -> JournalReader.open(path, TestJournals.KEY));
    assertEquals(12, e.firstBad().index());
    assertTrue(e.getMessage().contains("record 12 (tMs 240)"), e.getMessage());
  }

  @Example
  void openIntactPrefix_tamperedJournal_readsTheRecordsBeforeTheBadOne() throws IOException {
    byte[] damaged = image.clone();
    damaged[frames.get(12) + 30] ^= 4;
    try (JournalReader reader =
        JournalReader.openIntactPrefix(scratch.file(damaged), TestJournals.KEY)) {
      assertEquals(12, reader.recordCount());
      assertEquals(SampleRecords.record(11), reader.get(11));
    }
  }

  @Example
  void openUnverified_readsWithoutTheKey() throws IOException {
    try (JournalReader reader = JournalReader.openUnverified(scratch.file(image))) {
      assertFalse(reader.authenticated());
      assertEquals(RECORDS, reader.recordCount());
      assertEquals(SampleRecords.record(29), reader.get(29));
    }
  }

  @Example
  void cursor_fileChangedAfterOpening_failsLoudly() throws IOException {
    Path path = scratch.file(image);
    try (JournalReader reader = JournalReader.open(path, TestJournals.KEY)) {
      byte[] forged = image.clone();
      forged[frames.get(3) + 30] ^= 4;
      TestJournals.fixChecksums(forged, frames.get(3));
      Files.write(path, forged);
      JournalCursor cursor = reader.cursor();
      cursor.next();
      cursor.next();
      cursor.next();
      var e = assertThrows(java.io.UncheckedIOException.class, cursor::next);
      assertTrue(e.getMessage().contains("record 3"), e.getMessage());
    }
  }

  /** -1 for the header, else the index of the frame holding {@code position}. */
  private static int frameHolding(int position) {
    int frame = -1;
    for (int i = 0; i < frames.size() && frames.get(i) <= position; i++) {
      frame = i;
    }
    return frame;
  }

  private static byte[] without(byte[] bytes, int from, int to) {
    byte[] result = new byte[bytes.length - (to - from)];
    System.arraycopy(bytes, 0, result, 0, from);
    System.arraycopy(bytes, to, result, from, bytes.length - to);
    return result;
  }
}
