package org.cryows.imaging.ultrasound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tag;
import org.cryows.imaging.dataset.Tags;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CineTimingsTest {

  @Test
  void read_realCine_followsThePointerToFrameTime() throws Exception {
    CineTiming timing =
        CineTimings.read(
            DicomHeaders.read(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm")));

    assertEquals(TimingSource.FRAME_TIME, timing.source());
    assertEquals(30, timing.frameCount());
    assertEquals(33.333, timing.frameTimeMsOrNull(), 0);
    assertEquals(29 * 33.333, timing.frameStartMs(29), 1e-9);
    assertEquals(33.333, timing.frameDurationMs(29), 1e-12);
    assertEquals(30 * 33.333, timing.cycleDurationMs(), 1e-9);
    assertEquals(1000 / 33.333, timing.framesPerSecond().getAsDouble(), 1e-9);
    assertEquals("", timing.note());
  }

  @Test
  void read_pointerToANonTimeAttribute_givesNoTimingAndSaysWhy() throws Exception {
    // An RT dose whose frames step through Grid Frame Offset Vector (3004,000C), not time.
    Path dose = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files/rtdose.dcm");
    Assumptions.assumeTrue(Files.isRegularFile(dose), "pydicom test files absent: " + dose);

    CineTiming timing = CineTimings.read(DicomHeaders.read(dose));

    assertEquals(TimingSource.NONE, timing.source());
    assertEquals(15, timing.frameCount());
    assertNull(timing.frameTimeMsOrNull());
    assertTrue(timing.note().contains("(3004,000C), not a time"), timing.note());
    assertThrows(IllegalStateException.class, () -> timing.frameAt(0));
  }

  @Test
  void read_singleFrameWithoutTiming_isUntimed() throws Exception {
    CineTiming timing =
        CineTimings.read(
            DicomHeaders.read(SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm")));
    assertFalse(timing.timed());
    assertEquals(1, timing.frameCount());
    assertTrue(timing.framesPerSecond().isEmpty());
  }

  @Test
  void read_frameTimeVector_addsTheIncrements() {
    CineTiming timing =
        CineTimings.read(
            cine(4)
                .putTags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME_VECTOR)
                .put(Tags.FRAME_TIME_VECTOR, 0, 30, 40, 50)
                .build());

    assertEquals(TimingSource.FRAME_TIME_VECTOR, timing.source());
    assertEquals(List.of(0.0, 30.0, 70.0, 120.0), timing.frameStartsMs());
    assertEquals(40.0, timing.frameTimeMsOrNull(), 1e-12);
    assertEquals(40.0, timing.frameDurationMs(1), 1e-12);
    assertEquals(40.0, timing.frameDurationMs(3), 1e-12, "the last frame lasts the mean");
    assertEquals(160.0, timing.cycleDurationMs(), 1e-12);
    assertEquals(4 * 1000 / 160.0, timing.framesPerSecond().getAsDouble(), 1e-12);
    assertEquals(0, timing.frameAt(29.9));
    assertEquals(1, timing.frameAt(30));
    assertEquals(2, timing.frameAt(119.9));
    assertEquals(3, timing.frameAt(159));
  }

  @Test
  void read_pointerWins_overAVectorItDoesNotName() {
    CineTiming timing =
        CineTimings.read(
            cine(3)
                .putTags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME)
                .put(Tags.FRAME_TIME, 25.0)
                .put(Tags.FRAME_TIME_VECTOR, 0, 10, 10)
                .build());
    assertEquals(TimingSource.FRAME_TIME, timing.source());
    assertEquals(50.0, timing.frameStartMs(2), 1e-12);
  }

  @Test
  void read_noPointer_prefersVectorThenFrameTimeThenCineRate() {
    assertEquals(
        TimingSource.FRAME_TIME_VECTOR,
        CineTimings.read(
                cine(2).put(Tags.FRAME_TIME_VECTOR, 0, 20).put(Tags.FRAME_TIME, 20.0).build())
            .source());
    assertEquals(
        TimingSource.FRAME_TIME,
        CineTimings.read(cine(2).put(Tags.FRAME_TIME, 20.0).put(Tags.CINE_RATE, 10).build())
            .source());
    CineTiming byRate = CineTimings.read(cine(2).put(Tags.CINE_RATE, 25).build());
    assertEquals(TimingSource.CINE_RATE, byRate.source());
    assertEquals(40.0, byRate.frameTimeMsOrNull(), 1e-12);
  }

  @Test
  void read_pointerToAnAbsentAttribute_fallsBackAndSaysSo() {
    CineTiming timing =
        CineTimings.read(
            cine(2)
                .putTags(Tags.FRAME_INCREMENT_POINTER, Tags.FRAME_TIME_VECTOR)
                .put(Tags.CINE_RATE, 50)
                .build());
    assertEquals(TimingSource.CINE_RATE, timing.source());
    assertTrue(
        timing.note().contains("FrameTimeVector (0018,1065), which is absent"), timing.note());
  }

  @Test
  void read_onlyARecommendedDisplayRate_isUsedAndFlagged() {
    CineTiming timing =
        CineTimings.read(cine(3).put(Tags.RECOMMENDED_DISPLAY_FRAME_RATE, 20).build());
    assertEquals(TimingSource.RECOMMENDED_DISPLAY_FRAME_RATE, timing.source());
    assertEquals(50.0, timing.frameTimeMsOrNull(), 1e-12);
    assertTrue(timing.note().contains("not the acquisition rate"), timing.note());
  }

  @Test
  void read_vectorWithAFirstValueOtherThanZero_readsItAsZeroAndSaysSo() {
    CineTiming timing = CineTimings.read(cine(2).put(Tags.FRAME_TIME_VECTOR, 33, 33).build());
    assertEquals(List.of(0.0, 33.0), timing.frameStartsMs());
    assertTrue(timing.note().contains("first value 33.0 ms read as 0"), timing.note());
  }

  @Test
  void read_vectorWithTheWrongCount_namesTheTag() {
    assertRefused(
        cine(3).put(Tags.FRAME_TIME_VECTOR, 0, 30).build(),
        Tags.FRAME_TIME_VECTOR,
        "2 values for 3 frames");
  }

  @Test
  void read_vectorWithAZeroOrNegativeIncrement_namesTheTagAndTheValue() {
    assertRefused(
        cine(3).put(Tags.FRAME_TIME_VECTOR, 0, 30, 0).build(),
        Tags.FRAME_TIME_VECTOR,
        "value 3 is 0.0 ms");
    assertRefused(
        cine(3).put(Tags.FRAME_TIME_VECTOR, 0, -30, 10).build(),
        Tags.FRAME_TIME_VECTOR,
        "value 2 is -30.0 ms");
  }

  @Test
  void read_zeroFrameTimeOrNegativeRate_namesTheTag() {
    assertRefused(cine(3).put(Tags.FRAME_TIME, 0.0).build(), Tags.FRAME_TIME, "must be positive");
    assertRefused(cine(3).put(Tags.CINE_RATE, -5).build(), Tags.CINE_RATE, "must be positive");
    assertRefused(
        cine(3).put(Tags.FRAME_TIME, "fast").build(), Tags.FRAME_TIME, "'fast' is not a number");
  }

  @Test
  void read_zeroFrames_namesTheTag() {
    assertRefused(cine(0).put(Tags.FRAME_TIME, 20.0).build(), Tags.NUMBER_OF_FRAMES, "0 is not");
  }

  @Test
  void clock_loopsAtTheTrueRateAndScalesWithSpeed() {
    CineTiming timing =
        CineTimings.read(cine(4).put(Tags.FRAME_TIME_VECTOR, 0, 30, 40, 50).build());
    CineClock looping = new CineClock(timing, true);

    assertEquals(0, looping.frameAt(0, 1));
    assertEquals(2, looping.frameAt(100, 1));
    assertEquals(0, looping.frameAt(160, 1), "one pass lasts 160 ms");
    assertEquals(1, looping.frameAt(160 + 31, 1));
    assertEquals(2, looping.frameAt(50, 2), "at double speed 50 ms is 100 ms into the cine");
    assertEquals(1, looping.frameAt(100, 0.5));
    assertEquals(100.0, looping.wallDurationMs(2, 0.5), 1e-12, "frame 2 lasts 50 ms");

    CineClock once = new CineClock(timing, false);
    assertEquals(3, once.frameAt(10_000, 1), "without looping the last frame stays");
    assertThrows(IllegalArgumentException.class, () -> once.frameAt(10, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CineClock(CineTiming.untimed(3, "no timing"), true));
  }

  private static InMemoryDataset.Builder cine(int frames) {
    return InMemoryDataset.builder("cine.dcm").put(Tags.NUMBER_OF_FRAMES, frames);
  }

  private static void assertRefused(InMemoryDataset image, Tag tag, String why) {
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> CineTimings.read(image));
    assertEquals(tag, e.tag(), e.getMessage());
    assertTrue(e.getMessage().contains("cine.dcm"), e.getMessage());
    assertTrue(e.getMessage().contains(why), e.getMessage());
  }
}
