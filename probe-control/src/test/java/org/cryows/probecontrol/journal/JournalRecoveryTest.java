package org.cryows.probecontrol.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A crash can leave any prefix of the last writes on disk, or extra bytes the file system allocated
 * but never filled. Whatever the cut, the reader must return exactly the complete records before
 * it, never a misread one, and the writer must cut the tail and continue.
 */
class JournalRecoveryTest {
  private static final int RECORDS = 40;
  private static ScratchFolder scratch;
  private static byte[] crashImage;
  private static byte[] sealedImage;
  private static List<Integer> frames;

  @BeforeContainer
  static void writeImages() throws IOException {
    scratch = new ScratchFolder();
    crashImage = Files.readAllBytes(TestJournals.crashed(scratch.newPath("crash"), RECORDS));
    sealedImage = Files.readAllBytes(TestJournals.sealed(scratch.newPath("sealed"), RECORDS));
    frames = TestJournals.frameOffsets(crashImage);
    assertEquals(RECORDS, frames.size());
  }

  @AfterContainer
  static void deleteFiles() throws IOException {
    scratch.close();
  }

  @Property(tries = 120)
  void open_journalCutAnywhere_returnsExactlyTheCompleteRecords(
      @ForAll @IntRange(min = JournalFormat.HEADER_BYTES, max = 1_000_000) int cutSeed)
      throws IOException {
    int cut =
        JournalFormat.HEADER_BYTES + cutSeed % (crashImage.length - JournalFormat.HEADER_BYTES + 1);
    Path path = scratch.file(Arrays.copyOf(crashImage, cut));
    int complete = completeFramesBefore(cut);
    long completeEnd = complete == 0 ? JournalFormat.HEADER_BYTES : frameEnd(complete - 1);

    try (JournalReader reader = JournalReader.open(path, TestJournals.KEY)) {
      VerificationReport report = reader.verification();
      assertEquals(complete, reader.recordCount());
      assertEquals(cut - completeEnd, report.tornTailBytes());
      assertFalse(report.sealed());
      JournalCursor cursor = reader.cursor();
      for (int i = 0; i < complete; i++) {
        assertEquals(SampleRecords.record(i), cursor.next());
      }
      assertFalse(cursor.hasNext());
    }

    try (JournalWriter writer =
        JournalWriter.resume(path, TestJournals.KEY, SyncListener.LOG_ONLY)) {
      assertEquals(completeEnd, Files.size(path), "the torn tail is cut");
      writer.append(SampleRecords.record(complete));
    }
    VerificationReport resumed = JournalReader.verify(path, TestJournals.KEY);
    assertTrue(resumed.intact() && resumed.sealed(), resumed.toString());
    assertEquals(complete + 1, resumed.recordCount());
  }

  @Property(tries = 200)
  void open_sealedJournalCutAnywhere_isNoLongerSealed(
      @ForAll @IntRange(min = 1, max = 1_000_000) int cutSeed) throws IOException {
    int cut =
        JournalFormat.HEADER_BYTES + cutSeed % (sealedImage.length - JournalFormat.HEADER_BYTES);
    VerificationReport report =
        JournalReader.verify(scratch.file(Arrays.copyOf(sealedImage, cut)), TestJournals.KEY);
    assertTrue(report.intact(), report.toString());
    assertFalse(report.sealed());
    assertEquals(completeFramesBefore(cut), report.recordCount());
  }

  @Property(tries = 200)
  void open_garbageAfterTheLastRecord_isCutAsATornTail(
      @ForAll @Size(min = 1, max = 300) byte[] garbage) throws IOException {
    byte[] image = Arrays.copyOf(crashImage, crashImage.length + garbage.length);
    System.arraycopy(garbage, 0, image, crashImage.length, garbage.length);
    VerificationReport report = JournalReader.verify(scratch.file(image), TestJournals.KEY);
    assertTrue(report.intact(), report.toString());
    assertEquals(RECORDS, report.recordCount());
    assertEquals(garbage.length, report.tornTailBytes());
  }

  @Property(tries = 20)
  void open_zeroFilledTail_isCutAsATornTail(@ForAll @IntRange(min = 1, max = 8192) int zeros)
      throws IOException {
    VerificationReport report =
        JournalReader.verify(
            scratch.file(Arrays.copyOf(crashImage, crashImage.length + zeros)), TestJournals.KEY);
    assertTrue(report.intact(), report.toString());
    assertEquals(RECORDS, report.recordCount());
    assertEquals(zeros, report.tornTailBytes());
  }

  @Property(tries = 30)
  void open_fileShorterThanTheHeader_failsAtTheHeader(
      @ForAll @IntRange(min = 0, max = JournalFormat.HEADER_BYTES - 1) int cut) throws IOException {
    VerificationReport report =
        JournalReader.verify(scratch.file(Arrays.copyOf(crashImage, cut)), TestJournals.KEY);
    assertTrue(report.firstBad().orElseThrow().isHeader(), report.toString());
    assertTrue(
        report.firstBad().get().reason().contains("fewer than the 84-byte header"),
        report.toString());
  }

  private static int completeFramesBefore(int cut) {
    int complete = 0;
    while (complete < frames.size() && frameEnd(complete) <= cut) {
      complete++;
    }
    return complete;
  }

  private static long frameEnd(int frame) {
    int offset = frames.get(frame);
    return offset + JournalFormat.frameBytes(JournalFormat.getInt(crashImage, offset));
  }
}
