package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.pixels.FrameStatus;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real multi-frame files damaged in code, each in one known way: the intact frames open and decode
 * as in the original, and the damaged ones are named with the exact reason.
 */
class DamagedFramesTest {

  static final String CINE = "us/examples_ybr_color_mf30_jpegbaseline.dcm";
  static final String RLE_WITH_OFFSETS = "mr/emri_small_RLE.dcm";
  static final String RLE_TWO_FRAMES = "us/OBXXXX1A_palette_rle_2frame.dcm";
  static final String JPEG_LS_NO_OFFSETS = "mr/emri_small_jpeg_ls_lossless.dcm";
  static final String NATIVE_TEN_FRAMES = "mr/emri_small.dcm";

  @TempDir Path dir;

  @Test
  void cineCutInsideItsLastFrame_showsTheOther29AndNamesFrame30() throws Exception {
    byte[] original = bytes(CINE);
    var last = RealFileMutations.fragments(original).get(29);
    DicomImage image = open(RealFileMutations.cutInsideFragment(original, 29, 100));

    assertEquals(30, image.frameCount());
    String reason =
        "cut: its fragment at byte "
            + last.valueOffset()
            + " declares "
            + last.length()
            + " bytes, but only 100 remain in the file";
    assertEquals(List.of(ImageProblem.frameError(30, reason)), image.problems());
    assertEquals(new FrameStatus.Missing(reason), image.frameStatus().get(29));
    assertEquals(IntStream.range(0, 29).boxed().toList(), image.presentFrames());
    assertFramesAsInTheOriginal(CINE, image, image.presentFrames());
    DicomReadException e = assertThrows(DicomReadException.class, () -> image.frames().frame(29));
    assertEquals("frame 30 of 30: " + reason, e.reason());
  }

  @Test
  void cineWithACorruptMiddleCodestream_opensWholeAndFailsOnlyThatFrameWhenDecoded()
      throws Exception {
    DicomImage image = open(RealFileMutations.withFragmentZeroed(bytes(CINE), 14));

    assertEquals(List.of(), image.problems(), "nothing shows before decoding");
    DicomReadException e = assertThrows(DicomReadException.class, () -> image.frames().frame(14));
    assertTrue(e.reason().startsWith("frame 15 of 30 (JPEG Baseline"), e.getMessage());
    List<Integer> others = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
    others.remove(Integer.valueOf(14));
    assertFramesAsInTheOriginal(CINE, image, others);
  }

  @Test
  void cineWithALyingItemLengthInAMiddleFrame_findsTheFramesAfterItByTheOffsetTable()
      throws Exception {
    byte[] original = bytes(CINE);
    var fifteenth = RealFileMutations.fragments(original).get(14);
    var sixteenth = RealFileMutations.fragments(original).get(15);
    DicomImage image = open(RealFileMutations.withFragmentLength(original, 14, 0x7FFFFFF0L));

    String reason =
        "damaged: its fragment at byte "
            + fifteenth.valueOffset()
            + " declares 2147483632 bytes, past the next frame's start at byte "
            + sixteenth.itemOffset()
            + " (Basic Offset Table)";
    assertEquals(List.of(ImageProblem.frameError(15, reason)), image.problems());
    List<Integer> others = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
    others.remove(Integer.valueOf(14));
    assertEquals(others, image.presentFrames());
    assertFramesAsInTheOriginal(CINE, image, others);
  }

  @Test
  void cineCutInsideItsFirstFrame_isRefusedWithTheCut() throws Exception {
    byte[] original = bytes(CINE);
    var first = RealFileMutations.fragments(original).get(0);
    Path file = write(RealFileMutations.cutInsideFragment(original, 0, 10));
    DicomReadException e = assertThrows(DicomReadException.class, () -> DicomImages.open(file));
    assertEquals(
        "no frame can be shown: pixel data fragment 1 declares "
            + first.length()
            + " bytes at byte "
            + first.valueOffset()
            + ", but only 10 remain in the file",
        e.reason());
  }

  @Test
  void rleWithOffsetTableCutInsideFrame10_showsNineFrames() throws Exception {
    byte[] original = bytes(RLE_WITH_OFFSETS);
    var tenth = RealFileMutations.fragments(original).get(9);
    DicomImage image = open(RealFileMutations.cutInsideFragment(original, 9, 64));

    assertEquals(
        List.of(
            ImageProblem.frameError(
                10,
                "cut: its fragment at byte "
                    + tenth.valueOffset()
                    + " declares "
                    + tenth.length()
                    + " bytes, but only 64 remain in the file")),
        image.problems());
    assertFramesAsInTheOriginal(RLE_WITH_OFFSETS, image, IntStream.range(0, 9).boxed().toList());
  }

  @Test
  void rleWithAZeroedMiddleFrame_failsThatFrameWithTheCodecsReason() throws Exception {
    DicomImage image = open(RealFileMutations.withFragmentZeroed(bytes(RLE_WITH_OFFSETS), 4));

    assertEquals(List.of(), image.problems());
    DicomReadException e = assertThrows(DicomReadException.class, () -> image.frames().frame(4));
    assertEquals(
        "frame 5 of 10 (RLE Lossless (1.2.840.10008.1.2.5), RLE Lossless (built-in decoder)): the"
            + " RLE header declares 0 segments, the image needs 2",
        e.reason());
    assertFramesAsInTheOriginal(RLE_WITH_OFFSETS, image, List.of(0, 1, 2, 3, 5, 6, 7, 8, 9));
  }

  @Test
  void rleWithoutOffsetTableCutInsideItsSecondFrame_showsTheFirst() throws Exception {
    byte[] original = bytes(RLE_TWO_FRAMES);
    var second = RealFileMutations.fragments(original).get(1);
    DicomImage image = open(RealFileMutations.cutInsideFragment(original, 1, 1000));

    assertEquals(
        List.of(
            ImageProblem.frameError(
                2,
                "cut: pixel data fragment 2 declares "
                    + second.length()
                    + " bytes at byte "
                    + second.valueOffset()
                    + ", but only 1000 remain in the file")),
        image.problems());
    assertFramesAsInTheOriginal(RLE_TWO_FRAMES, image, List.of(0));
  }

  @Test
  void jpegLsWithoutOffsetTableCutInsideFrame8_showsSevenAndCannotLocateTheLastTwo()
      throws Exception {
    byte[] original = bytes(JPEG_LS_NO_OFFSETS);
    var eighth = RealFileMutations.fragments(original).get(7);
    DicomImage image = open(RealFileMutations.cutInsideFragment(original, 7, 16));

    String notLocated =
        "not located: the pixel data is damaged in frame 8, and without a Basic Offset Table the"
            + " frames after it cannot be found";
    assertEquals(
        List.of(
            ImageProblem.frameError(
                8,
                "cut: pixel data fragment 8 declares "
                    + eighth.length()
                    + " bytes at byte "
                    + eighth.valueOffset()
                    + ", but only 16 remain in the file"),
            ImageProblem.framesError(9, 10, notLocated)),
        image.problems());
    assertFramesAsInTheOriginal(JPEG_LS_NO_OFFSETS, image, IntStream.range(0, 7).boxed().toList());
  }

  @Test
  void nativeMultiFrameCutInsideFrame7_showsSixAndNamesTheRest() throws Exception {
    byte[] original = bytes(NATIVE_TEN_FRAMES);
    PixelDataLayout layout = RealFileMutations.layout(original);
    long frameBytes = 64 * 64 * 2;
    int cutAt = (int) (layout.valueOffset() + 6 * frameBytes + 1000);
    DicomImage image = open(Arrays.copyOf(original, cutAt));

    String shortfall =
        "Pixel Data (7FE0,0010) declares "
            + layout.valueLength()
            + " bytes at byte "
            + layout.valueOffset()
            + ", but only "
            + (6 * frameBytes + 1000)
            + " remain in the file";
    assertEquals(
        List.of(
            ImageProblem.frameError(7, "cut: " + shortfall),
            ImageProblem.framesError(8, 10, "missing: " + shortfall)),
        image.problems());
    assertEquals(
        "frames 8 to 10: missing: " + shortfall, image.problems().get(1).text(), "one line a run");
    assertFramesAsInTheOriginal(NATIVE_TEN_FRAMES, image, IntStream.range(0, 6).boxed().toList());
  }

  @Test
  void frameCountBeyondWhatTheWorkstationOpens_isRefusedBeforeAnyStatusIsMade() throws Exception {
    // emri_small writes Number of Frames "10"; the file holds 10 frames of 8 KB.
    byte[] lying =
        RealFileMutations.withText(
            bytes(NATIVE_TEN_FRAMES), org.cryows.imaging.dataset.Tags.NUMBER_OF_FRAMES, "1048577");
    Path file = write(lying);
    DicomReadException e = assertThrows(DicomReadException.class, () -> DicomImages.open(file));
    assertEquals(
        "NumberOfFrames (0028,0008): 1048577 frames are more than this workstation opens"
            + " (1048576)",
        e.reason());
  }

  @Test
  void nativeMultiFrameCutInsideItsFirstFrame_isRefused() throws Exception {
    byte[] original = bytes(NATIVE_TEN_FRAMES);
    long valueOffset = RealFileMutations.layout(original).valueOffset();
    Path file = write(Arrays.copyOf(original, (int) valueOffset + 100));
    DicomReadException e = assertThrows(DicomReadException.class, () -> DicomImages.open(file));
    assertEquals(
        "no frame can be shown: Pixel Data (7FE0,0010) declares 81920 bytes at byte "
            + valueOffset
            + ", but only 100 remain in the file",
        e.reason());
  }

  private static byte[] bytes(String name) throws Exception {
    return Files.readAllBytes(SharedTestData.dicom(name));
  }

  private Path write(byte[] bytes) throws Exception {
    return Files.write(Files.createTempFile(dir, "damaged", ".dcm"), bytes);
  }

  private DicomImage open(byte[] bytes) throws Exception {
    return DicomImages.open(write(bytes));
  }

  private static void assertFramesAsInTheOriginal(
      String name, DicomImage damaged, List<Integer> frames) throws Exception {
    DicomImage original = DicomImages.open(SharedTestData.dicom(name));
    for (int f : frames) {
      assertEquals(
          original.frames().frame(f), damaged.frames().frame(f), name + " frame " + (f + 1));
    }
  }
}
