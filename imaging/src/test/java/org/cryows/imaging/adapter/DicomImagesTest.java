package org.cryows.imaging.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.DisplayConverter;
import org.cryows.imaging.pixels.DisplayImage;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.ImageProblem;
import org.cryows.imaging.pixels.TransferSyntax;
import org.cryows.imaging.pixels.VoiChoice;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomImagesTest {

  static final String CINE = "us/examples_ybr_color_mf30_jpegbaseline.dcm";
  static final String PROSTATE_SLICE = "mr/prostate_adc_20slices/000000.dcm";

  @Test
  void open_multiFrameJpeg_describesItWithoutDecoding() throws Exception {
    DicomImage image = DicomImages.open(SharedTestData.dicom(CINE));
    assertEquals(TransferSyntax.JPEG_BASELINE, image.transferSyntax().uid());
    assertEquals(30, image.frames().frameCount());
    assertEquals("YBR_FULL_422", image.description().photometric());
    assertTrue(image.description().lossy().lossy());
  }

  @Test
  void read_objectWithoutPixelData_givesItsHeaderAndNoImage() throws Exception {
    Path dicomdir = SharedTestData.dicom("misc/DICOMDIR_fodicom_standalone");
    DicomFile read = DicomImages.read(dicomdir);
    assertEquals(
        Optional.of("1.2.840.10008.1.3.10"),
        read.header().string(Tags.MEDIA_STORAGE_SOP_CLASS_UID));
    assertTrue(read.image().isEmpty());
    DicomReadException e = assertThrows(DicomReadException.class, () -> DicomImages.open(dicomdir));
    assertTrue(e.reason().startsWith(DicomImages.NO_PIXEL_DATA), e.getMessage());
  }

  @Test
  void open_wholeFile_everyFramePresentAndNoProblem() throws Exception {
    DicomImage image = DicomImages.open(SharedTestData.dicom(CINE));
    assertEquals(30, image.frameCount());
    assertEquals(image.frameCount(), image.presentFrames().size());
    assertEquals(List.of(), image.problems());
    assertEquals(DicomImages.open(SharedTestData.dicom(CINE)), image, "a value: equal per file");
  }

  @Test
  void open_realMrWithWindowWidthZero_isShownWithAWarningAndTheComputedWindow(@TempDir Path dir)
      throws Exception {
    // The prostate ADC series writes Window Center 1300, Window Width 2400; a width of 0 is what
    // some scanners write, and is invalid (PS3.3 C.11.2.1.2.1).
    byte[] original = Files.readAllBytes(SharedTestData.dicom(PROSTATE_SLICE));
    Path file =
        Files.write(
            dir.resolve("ww0.dcm"), RealFileMutations.withText(original, Tags.WINDOW_WIDTH, "0"));

    DicomImage image = DicomImages.open(file);

    assertEquals(List.of(), image.description().windows());
    assertEquals(
        List.of(
            ImageProblem.attributeWarning(
                Tags.WINDOW_WIDTH,
                "window 1 has center 1300 and width 0; a width is at least 1 (PS3.3"
                    + " C.11.2.1.2.1): this window is ignored; shown with a window computed from"
                    + " each frame's minimum and maximum")),
        image.problems());
    assertFalse(image.hasErrors());
    Frame frame = image.frames().frame(0);
    DisplayImage shown = DisplayConverter.render(frame, image.description());
    assertEquals(
        DisplayConverter.render(frame, image.description(), new VoiChoice.MinMax()), shown);
    byte[] levels = shown.pixels();
    int darkest = 255;
    int brightest = 0;
    for (byte level : levels) {
      darkest = Math.min(darkest, level & 0xFF);
      brightest = Math.max(brightest, level & 0xFF);
    }
    assertEquals(0, darkest, "the frame's minimum is black");
    assertEquals(255, brightest, "the frame's maximum is white");
    // The untouched file keeps its own window and has no problem.
    DicomImage intact = DicomImages.open(SharedTestData.dicom(PROSTATE_SLICE));
    assertEquals(
        List.of(new org.cryows.imaging.pixels.WindowPreset(1300, 2400, "")),
        intact.description().windows());
    assertEquals(List.of(), intact.problems());
  }

  @Test
  void open_enhancedCt_readsRescaleAndWindowOfTheSharedFunctionalGroups() throws Exception {
    // dcmdump: (5200,9229) item 1 holds WindowCenter 49, WindowWidth 102, RescaleIntercept -1024.
    var d =
        DicomImages.open(SharedTestData.dicom("ct/eCT_Supplemental_enhancedCT_2frame.dcm"))
            .description();
    assertEquals(-1024, d.rescale().intercept());
    assertEquals(1, d.rescale().slope());
    assertEquals(List.of(new org.cryows.imaging.pixels.WindowPreset(49, 102, "")), d.windows());
  }

  @Test
  void frame_lastFrameAlone_equalsTheSameFrameDecodedInOrder() throws Exception {
    Path file = SharedTestData.dicom(CINE);
    Frame alone = DicomImages.open(file).frames().frame(29);
    DicomImage image = DicomImages.open(file);
    Frame inOrder = null;
    for (int i = 0; i < 30; i++) {
      inOrder = image.frames().frame(i);
    }
    assertEquals(inOrder, alone);
    assertEquals("YBR_FULL", alone.photometric());
  }

  @Test
  void frame_decodedFromManyThreads_equalsSequentialDecoding() throws Exception {
    for (String name :
        List.of(CINE, "mr/emri_small_jpeg_ls_lossless.dcm", "mr/emri_small_RLE.dcm")) {
      DicomImage image = DicomImages.open(SharedTestData.dicom(name));
      int n = image.frames().frameCount();
      Frame[] sequential = new Frame[n];
      for (int i = 0; i < n; i++) {
        sequential[i] = image.frames().frame(i);
      }
      Frame[] parallel = new Frame[n];
      IntStream.range(0, n)
          .parallel()
          .forEach(
              i -> {
                try {
                  parallel[i] = image.frames().frame(i);
                } catch (DicomReadException e) {
                  throw new AssertionError(e);
                }
              });
      for (int i = 0; i < n; i++) {
        assertEquals(sequential[i], parallel[i], name + " frame " + (i + 1));
      }
    }
  }

  @Test
  void frame_outOfRange_isARefusalNamingTheCount() throws Exception {
    DicomImage image = DicomImages.open(SharedTestData.dicom(CINE));
    DicomReadException e = assertThrows(DicomReadException.class, () -> image.frames().frame(30));
    assertTrue(e.reason().contains("frame 31 asked for, the image has 30"), e.getMessage());
  }

  @Test
  void frame_corruptCodestream_failsOnlyThatFrameNamingCodecAndSyntax(@TempDir Path dir)
      throws Exception {
    Path original = SharedTestData.dicom(CINE);
    byte[] bytes = Files.readAllBytes(original);
    DicomImage image = DicomImages.open(original);
    // Cut the entropy-coded data of frame 5 short by zeroing everything after its headers.
    var layout =
        new DataSetWalker(
                (pos, into, off, len) -> System.arraycopy(bytes, (int) pos, into, off, len),
                bytes.length)
            .walk(datasetStart(bytes), image.transferSyntax());
    var fragment = layout.fragments().get(4);
    for (int i = 0; i < fragment.length(); i++) {
      bytes[(int) fragment.valueOffset() + i] = 0;
    }
    Path broken = Files.write(dir.resolve("broken.dcm"), bytes);
    DicomImage opened = DicomImages.open(broken);
    DicomReadException e = assertThrows(DicomReadException.class, () -> opened.frames().frame(4));
    assertTrue(e.reason().startsWith("frame 5 of 30 (JPEG Baseline"), e.getMessage());
    assertTrue(e.reason().contains("JDK ImageIO"), e.getMessage());
    assertEquals(image.frames().frame(5), opened.frames().frame(5));
  }

  @Test
  void frame_unknownTransferSyntax_isRefusedPerFrameWithTheUid(@TempDir Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(SharedTestData.dicom(CINE));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(TransferSyntax.JPEG_BASELINE);
    byte[] unknown = "1.2.840.10008.1.2.4.99".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(unknown, 0, bytes, at, unknown.length);
    Path file = Files.write(dir.resolve("unknown-syntax.dcm"), bytes);
    DicomImage image = DicomImages.open(file);
    assertEquals(30, image.frames().frameCount());
    DicomReadException e = assertThrows(DicomReadException.class, () -> image.frames().frame(0));
    assertTrue(
        e.reason().contains("1.2.840.10008.1.2.4.99") && e.reason().contains("not supported"));
    ImageProblem noDecoder = image.problems().get(0);
    assertEquals(1, image.problems().size());
    assertEquals(
        "frames 1 to 30: " + e.reason().substring("frame 1 of 30: ".length()), noDecoder.text());
    assertTrue(image.hasErrors(), "said on opening, before any frame is asked for");
  }

  @Test
  void open_lyingPixelDataLength_keepsTheFrameInTheFileWithAWarningAndNoLargeAllocation(
      @TempDir Path dir) throws Exception {
    Path original = SharedTestData.dicom("mr/MR_small.dcm");
    byte[] bytes = Files.readAllBytes(original);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int pixelData = text.lastIndexOf("\u00e0\u007f\u0010\u0000OW");
    // Explicit VR OW: tag, VR, 2 reserved bytes, then a 4-byte length.
    bytes[pixelData + 8] = (byte) 0xF0;
    bytes[pixelData + 9] = (byte) 0xFF;
    bytes[pixelData + 10] = (byte) 0xFF;
    bytes[pixelData + 11] = (byte) 0x7F;
    Path file = Files.write(dir.resolve("lying.dcm"), bytes);

    DicomImage image = DicomImages.open(file);

    assertEquals(
        List.of(
            ImageProblem.attributeWarning(
                Tags.PIXEL_DATA,
                "declares 2147483632 bytes at byte "
                    + (pixelData + 12)
                    + ", but only "
                    + (bytes.length - pixelData - 12)
                    + " remain in the file; every frame lies before the damage and is kept")),
        image.problems());
    assertEquals(DicomImages.open(original).frames().frame(0), image.frames().frame(0));
  }

  private static long datasetStart(byte[] bytes) {
    long pos = 132;
    while (true) {
      int group = (bytes[(int) pos] & 0xFF) | (bytes[(int) pos + 1] & 0xFF) << 8;
      if (group != 2) {
        return pos;
      }
      String vr = new String(bytes, (int) pos + 4, 2, StandardCharsets.US_ASCII);
      if (vr.equals("OB") || vr.equals("UN")) {
        long length =
            (bytes[(int) pos + 8] & 0xFFL)
                | (bytes[(int) pos + 9] & 0xFFL) << 8
                | (bytes[(int) pos + 10] & 0xFFL) << 16
                | (bytes[(int) pos + 11] & 0xFFL) << 24;
        pos += 12 + length;
      } else {
        pos += 8 + ((bytes[(int) pos + 6] & 0xFF) | (bytes[(int) pos + 7] & 0xFF) << 8);
      }
    }
  }
}
