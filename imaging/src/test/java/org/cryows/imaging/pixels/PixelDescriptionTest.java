package org.cryows.imaging.pixels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.junit.jupiter.api.Test;

class PixelDescriptionTest {

  static InMemoryDataset.Builder ct() {
    return InMemoryDataset.builder("test")
        .put(Tags.ROWS, 4)
        .put(Tags.COLUMNS, 3)
        .put(Tags.SAMPLES_PER_PIXEL, 1)
        .put(Tags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
        .put(Tags.BITS_ALLOCATED, 16)
        .put(Tags.BITS_STORED, 12)
        .put(Tags.HIGH_BIT, 11)
        .put(Tags.PIXEL_REPRESENTATION, 1)
        .put(Tags.RESCALE_SLOPE, 2.0)
        .put(Tags.RESCALE_INTERCEPT, -1024.0)
        .put(Tags.RESCALE_TYPE, "HU")
        .put(Tags.WINDOW_CENTER, 40.0, 300.0)
        .put(Tags.WINDOW_WIDTH, 400.0, 1500.0)
        .put(Tags.WINDOW_CENTER_WIDTH_EXPLANATION, "SOFT", "BONE");
  }

  @Test
  void of_ctHeader_readsEveryField() {
    PixelDescription d = PixelDescription.of(ct().build(), TransferSyntax.EXPLICIT_LITTLE_ENDIAN);
    assertEquals(4, d.rows());
    assertEquals(3, d.columns());
    assertEquals(12, d.bitsStored());
    assertTrue(d.signed());
    assertEquals(1, d.frames());
    assertEquals(new Rescale(2, -1024, "HU"), d.rescale());
    assertEquals(
        List.of(new WindowPreset(40, 400, "SOFT"), new WindowPreset(300, 1500, "BONE")),
        d.windows());
    assertEquals(24, d.nativeFrameBytes()); // 4 x 3 x 2 bytes
    assertFalse(d.lossy().lossy());
  }

  @Test
  void of_lossyTransferSyntaxOrDeclaration_isLossy() {
    PixelDescription bySyntax = PixelDescription.of(ct().build(), TransferSyntax.JPEG_BASELINE);
    assertTrue(bySyntax.lossy().lossyTransferSyntax());
    DicomDataset declared =
        ct().put(Tags.LOSSY_IMAGE_COMPRESSION, "01")
            .put(Tags.LOSSY_IMAGE_COMPRESSION_RATIO, 10.5)
            .put(Tags.LOSSY_IMAGE_COMPRESSION_METHOD, "ISO_10918_1")
            .build();
    PixelDescription d = PixelDescription.of(declared, TransferSyntax.EXPLICIT_LITTLE_ENDIAN);
    assertTrue(d.lossy().declaredLossy());
    assertFalse(d.lossy().lossyTransferSyntax());
    assertEquals(List.of(10.5), d.lossy().ratios());
    assertEquals(List.of("ISO_10918_1"), d.lossy().methods());
  }

  @Test
  void of_missingRows_namesTheTag() {
    DicomDataset header =
        InMemoryDataset.builder("file.dcm")
            .put(Tags.COLUMNS, 3)
            .put(Tags.SAMPLES_PER_PIXEL, 1)
            .put(Tags.PHOTOMETRIC_INTERPRETATION, "MONOCHROME2")
            .put(Tags.BITS_ALLOCATED, 8)
            .put(Tags.BITS_STORED, 8)
            .build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> PixelDescription.of(header, null));
    assertEquals(Tags.ROWS, e.tag());
    assertTrue(e.getMessage().startsWith("file.dcm: Rows (0028,0010)"), e.getMessage());
  }

  @Test
  void of_inconsistentValues_nameTheirTags() {
    assertEquals(
        Tags.SAMPLES_PER_PIXEL,
        refusal(ct().put(Tags.PHOTOMETRIC_INTERPRETATION, "RGB").build()).tag());
    assertEquals(Tags.BITS_STORED, refusal(ct().put(Tags.BITS_STORED, 17).build()).tag());
    assertEquals(Tags.BITS_ALLOCATED, refusal(ct().put(Tags.BITS_ALLOCATED, 12).build()).tag());
    assertEquals(Tags.RESCALE_SLOPE, refusal(ct().put(Tags.RESCALE_SLOPE, 0.0).build()).tag());
    assertEquals(Tags.NUMBER_OF_FRAMES, refusal(ct().put(Tags.NUMBER_OF_FRAMES, 0).build()).tag());
    assertEquals(
        Tags.PHOTOMETRIC_INTERPRETATION,
        refusal(ct().put(Tags.PHOTOMETRIC_INTERPRETATION, "CMYK").build()).tag());
  }

  @Test
  void of_windowWidthZero_leavesThatWindowOutWithAWarningAndKeepsTheOther() {
    PixelDescription d =
        PixelDescription.of(ct().put(Tags.WINDOW_WIDTH, 0.0, 1500.0).build(), null);
    assertEquals(List.of(new WindowPreset(300, 1500, "BONE")), d.windows());
    assertEquals(
        List.of(
            ImageProblem.attributeWarning(
                Tags.WINDOW_WIDTH,
                "window 1 has center 40 and width 0; a width is at least 1 (PS3.3 C.11.2.1.2.1):"
                    + " this window is ignored; the other window presets are kept")),
        d.problems());
    assertEquals(new VoiChoice.Preset(0), VoiChoice.defaultFor(d));
  }

  @Test
  void of_onlyWindowInvalid_fallsBackToTheWindowComputedFromTheFrame() {
    for (double width : new double[] {0, -20, Double.NaN}) {
      DicomDataset header =
          ct().put(Tags.WINDOW_CENTER, 40.0)
              .put(Tags.WINDOW_WIDTH, width)
              .put(Tags.WINDOW_CENTER_WIDTH_EXPLANATION, "SOFT")
              .build();
      PixelDescription d = PixelDescription.of(header, null);
      assertEquals(List.of(), d.windows());
      assertEquals(1, d.problems().size());
      ImageProblem problem = d.problems().get(0);
      assertEquals(ImageProblem.Severity.WARNING, problem.severity());
      assertEquals(java.util.Optional.of(Tags.WINDOW_WIDTH), problem.tag());
      assertTrue(
          problem
              .text()
              .endsWith(
                  "this window is ignored; shown with a window computed from each frame's minimum"
                      + " and maximum"),
          problem.text());
      assertEquals(new VoiChoice.MinMax(), VoiChoice.defaultFor(d));
    }
  }

  @Test
  void of_windowValueCountsThatDisagree_useNoWindowOfTheHeader() {
    PixelDescription d = PixelDescription.of(ct().put(Tags.WINDOW_WIDTH, 400.0).build(), null);
    assertEquals(List.of(), d.windows());
    assertEquals(
        "WindowWidth (0028,1051): 1 width(s) for 2 window center(s): which width goes with which"
            + " center is unknown, so no window of the header is used; shown with a window"
            + " computed from each frame's minimum and maximum",
        d.problems().get(0).text());
  }

  @Test
  void of_windowCenterThatIsNotANumber_isLeftOutWithAWarning() {
    PixelDescription d =
        PixelDescription.of(ct().put(Tags.WINDOW_CENTER, "40", "high").build(), null);
    assertEquals(List.of(), d.windows());
    assertEquals(
        "WindowCenter (0028,1050): 'high' is not a number: no window of the header is used; shown"
            + " with a window computed from each frame's minimum and maximum",
        d.problems().get(0).text());
  }

  @Test
  void of_voiLutOfTheWrongLength_isIgnoredWithAWarning() {
    DicomDataset item =
        InMemoryDataset.builder("item")
            .put(Tags.LUT_DESCRIPTOR, 4, 100, 8)
            .put(Tags.LUT_DATA, 0, 100, 200)
            .build();
    PixelDescription withWindows =
        PixelDescription.of(ct().putSequence(Tags.VOILUT_SEQUENCE, List.of(item)).build(), null);
    assertTrue(withWindows.voiLut().isEmpty());
    assertEquals(2, withWindows.windows().size());
    assertEquals(
        "LUTData (0028,3006): 3 entries, but LUTDescriptor (0028,3002) declares 4: the VOI LUT is"
            + " ignored; shown with the window presets",
        withWindows.problems().get(0).text());

    DicomDataset noWindows =
        StoredSamplesTest.header(4, 4, 1, 16, 12, 11, 0, 0, "MONOCHROME2")
            .putSequence(
                Tags.VOILUT_SEQUENCE,
                List.of(InMemoryDataset.builder("item").put(Tags.LUT_DESCRIPTOR, 4, 100).build()))
            .build();
    PixelDescription d = PixelDescription.of(noWindows, null);
    assertTrue(d.voiLut().isEmpty());
    assertEquals(new VoiChoice.MinMax(), VoiChoice.defaultFor(d));
    assertEquals(
        List.of(
            "LUTData (0028,3006): missing from VOI LUT Sequence item 1: the VOI LUT is ignored;"
                + " shown with a window computed from each frame's minimum and maximum"),
        d.problems().stream().map(ImageProblem::text).toList());
  }

  @Test
  void of_colourImageWithAnInvalidWindow_warnsOfNothingItDoesNotUse() {
    DicomDataset header =
        StoredSamplesTest.header(2, 2, 3, 8, 8, 7, 0, 0, "RGB")
            .put(Tags.WINDOW_CENTER, 128.0)
            .put(Tags.WINDOW_WIDTH, 0.0)
            .build();
    assertEquals(List.of(), PixelDescription.of(header, null).problems());
  }

  @Test
  void of_lossyRatioThatIsNotANumber_warnsAndKeepsTheLossyStatus() {
    PixelDescription d =
        PixelDescription.of(
            ct().put(Tags.LOSSY_IMAGE_COMPRESSION, "01")
                .put(Tags.LOSSY_IMAGE_COMPRESSION_RATIO, "ten")
                .build(),
            null);
    assertTrue(d.lossy().declaredLossy());
    assertEquals(List.of(), d.lossy().ratios());
    assertEquals(
        "LossyImageCompressionRatio (0028,2112): 'ten' is not a number: the compression ratio is"
            + " not shown",
        d.problems().get(0).text());
  }

  @Test
  void of_paletteWith16BitEntries_readsTheTables() {
    DicomDataset header =
        palette()
            .put(Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DATA, 0, 32768, 65535)
            .put(Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA, 65535, 0, 0)
            .put(Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA, 256, 512, 768)
            .build();
    Palette p = PixelDescription.of(header, null).palette().orElseThrow();
    assertEquals(16, p.red().bitsPerEntry());
    assertEquals(10, p.red().firstMapped());
    assertEquals(128, p.red().lookUp8(11)); // 32768 >> 8
    assertEquals(0, p.red().lookUp8(3)); // below the first mapped value: the first entry
    assertEquals(255, p.red().lookUp8(200)); // above: the last entry
    assertEquals(3, p.blue().lookUp8(12)); // 768 >> 8
  }

  @Test
  void of_paletteWithSegmentedData_expandsIt() {
    DicomDataset header =
        palette()
            .put(Tags.SEGMENTED_RED_PALETTE_COLOR_LOOKUP_TABLE_DATA, 0, 1, 0, 1, 2, 65534)
            .put(Tags.SEGMENTED_GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA, 0, 3, 5, 6, 7)
            .put(Tags.SEGMENTED_BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA, 0, 3, 9, 9, 9)
            .build();
    Palette p = PixelDescription.of(header, null).palette().orElseThrow();
    // discrete 0, then linear to 65534 over 2 entries: 32767, 65534
    assertArrayEquals(new int[] {0, 32767, 65534}, p.red().entries());
    assertArrayEquals(new int[] {5, 6, 7}, p.green().entries());
  }

  @Test
  void of_paletteDataOfTheWrongLength_namesTheDataTag() {
    DicomDataset header =
        palette()
            .put(Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DATA, 1, 2)
            .put(Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA, 1, 2, 3)
            .put(Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA, 1, 2, 3)
            .build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> PixelDescription.of(header, null));
    assertEquals(Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DATA, e.tag());
  }

  @Test
  void of_voiLut_isRead() {
    DicomDataset item =
        InMemoryDataset.builder("item")
            .put(Tags.LUT_DESCRIPTOR, 4, 100, 8)
            .put(Tags.LUT_DATA, 0, 100, 200, 255)
            .put(Tags.LUT_EXPLANATION, "NORMAL")
            .build();
    DicomDataset header = ct().putSequence(Tags.VOILUT_SEQUENCE, List.of(item)).build();
    LookupTable lut = PixelDescription.of(header, null).voiLut().orElseThrow();
    assertEquals(100, lut.firstMapped());
    assertEquals(200, lut.lookUp(102));
    assertEquals("NORMAL", lut.explanation());
  }

  @Test
  void of_enhancedImage_takesRescaleAndWindowFromTheSharedFunctionalGroups() {
    DicomDataset transformation =
        InMemoryDataset.builder("pvt")
            .put(Tags.RESCALE_SLOPE, 1.0)
            .put(Tags.RESCALE_INTERCEPT, -1000.0)
            .put(Tags.RESCALE_TYPE, "HU")
            .build();
    DicomDataset voi =
        InMemoryDataset.builder("voi")
            .put(Tags.WINDOW_CENTER, 50.0)
            .put(Tags.WINDOW_WIDTH, 350.0)
            .build();
    DicomDataset shared =
        InMemoryDataset.builder("shared")
            .putSequence(Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE, List.of(transformation))
            .putSequence(Tags.FRAME_VOILUT_SEQUENCE, List.of(voi))
            .build();
    DicomDataset header =
        StoredSamplesTest.header(4, 4, 1, 16, 12, 11, 0, 0, "MONOCHROME2")
            .putSequence(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, List.of(shared))
            .build();
    PixelDescription d = PixelDescription.of(header, null);
    assertEquals(new Rescale(1, -1000, "HU"), d.rescale());
    assertEquals(List.of(new WindowPreset(50, 350, "")), d.windows());
  }

  static InMemoryDataset.Builder palette() {
    return InMemoryDataset.builder("palette")
        .put(Tags.ROWS, 2)
        .put(Tags.COLUMNS, 2)
        .put(Tags.SAMPLES_PER_PIXEL, 1)
        .put(Tags.PHOTOMETRIC_INTERPRETATION, "PALETTE COLOR")
        .put(Tags.BITS_ALLOCATED, 8)
        .put(Tags.BITS_STORED, 8)
        .put(Tags.RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR, 3, 10, 16)
        .put(Tags.GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR, 3, 10, 16)
        .put(Tags.BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR, 3, 10, 16);
  }

  private static DicomAttributeException refusal(DicomDataset header) {
    return assertThrows(DicomAttributeException.class, () -> PixelDescription.of(header, null));
  }
}
