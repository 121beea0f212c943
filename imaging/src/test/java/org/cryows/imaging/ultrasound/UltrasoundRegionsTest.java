package org.cryows.imaging.ultrasound;

import static org.cryows.imaging.ultrasound.RegionFixtures.CM;
import static org.cryows.imaging.ultrasound.RegionFixtures.image;
import static org.cryows.imaging.ultrasound.RegionFixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UltrasoundRegionsTest {

  @Test
  void read_obstetricFile_givesTissueRegionInCmAndEcgStripInSeconds() throws Exception {
    List<UltrasoundRegion> regions =
        UltrasoundRegions.read(
            DicomHeaders.read(SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm")));

    assertEquals(2, regions.size());
    UltrasoundRegion tissue = regions.get(0);
    assertEquals(1, tissue.index());
    assertEquals(List.of(120L, 60L, 800L, 518L), bounds(tissue));
    assertEquals(RegionSpatialFormat.TWO_D, tissue.spatialFormat());
    assertEquals(RegionDataType.TISSUE, tissue.dataType());
    assertEquals(3, tissue.flags());
    assertEquals(PhysicalUnit.CM, tissue.unitsX());
    assertEquals(PhysicalUnit.CM, tissue.unitsY());
    assertEquals(0.026228787661969974, tissue.physicalDeltaX(), 1e-15);
    assertEquals(0.26228787661969974, tissue.deltaXmm().getAsDouble(), 1e-15);
    assertEquals(0.26228787661969974, tissue.deltaYmm().getAsDouble(), 1e-15);
    assertEquals(340, tissue.referencePixelX0().getAsInt());
    assertEquals(36, tissue.referencePixelY0().getAsInt());
    assertEquals(0.0, tissue.referencePhysicalValueX().getAsDouble());

    UltrasoundRegion ecg = regions.get(1);
    assertEquals(RegionSpatialFormat.WAVE_FORM, ecg.spatialFormat());
    assertEquals(RegionDataType.ECG_TRACE, ecg.dataType());
    assertEquals(PhysicalUnit.SECONDS, ecg.unitsX());
    assertEquals(PhysicalUnit.NONE, ecg.unitsY());
    assertEquals(0.0096427366086495336, ecg.physicalDeltaX(), 1e-15);
    assertTrue(ecg.deltaXmm().isEmpty(), "seconds are not millimetres");
    assertTrue(ecg.deltaYmm().isEmpty());
    assertEquals(-176, ecg.referencePixelX0().getAsInt());
  }

  @Test
  void read_alokaFile_givesTwoSideBySideSectorsAndAGrayBar() throws Exception {
    List<UltrasoundRegion> regions =
        UltrasoundRegions.read(
            DicomHeaders.read(
                SharedTestData.dicom("us/gdcm-US-ALOKA-16_palette16_implicitLE.dcm")));

    assertEquals(3, regions.size());
    assertEquals(List.of(32L, 24L, 335L, 415L), bounds(regions.get(0)));
    assertEquals(List.of(336L, 24L, 639L, 415L), bounds(regions.get(1)));
    assertEquals(0.38265306502580643, regions.get(1).deltaYmm().getAsDouble(), 1e-15);
    assertEquals(RegionDataType.GRAY_BAR, regions.get(2).dataType());
    assertEquals(RegionSpatialFormat.NONE, regions.get(2).spatialFormat());
    assertTrue(regions.get(2).referencePixelX0().isEmpty(), "type 3, absent in this item");
  }

  @Test
  void read_imageWithoutRegions_givesNone() throws Exception {
    assertTrue(
        UltrasoundRegions.read(
                DicomHeaders.read(SharedTestData.dicom("us/US1_UNCR_rgb_explicitLE.dcm")))
            .isEmpty());
  }

  @Test
  void read_missingBound_namesTheItemAndTheTag() {
    var ok = region(0, 0, 10, 10, CM, CM, 0.01, 0.01);
    var cut =
        InMemoryDataset.builder("item")
            .put(Tags.REGION_LOCATION_MIN_X0, 0)
            .put(Tags.REGION_LOCATION_MIN_Y0, 0)
            .put(Tags.REGION_LOCATION_MAX_X1, 10)
            .put(Tags.PHYSICAL_UNITS_X_DIRECTION, CM);

    DicomAttributeException e =
        assertThrows(
            DicomAttributeException.class, () -> UltrasoundRegions.read(image(100, 100, ok, cut)));

    assertEquals(Tags.REGION_LOCATION_MAX_Y1, e.tag());
    assertTrue(e.getMessage().contains("synthetic.dcm"), e.getMessage());
    assertTrue(
        e.getMessage().contains("SequenceOfUltrasoundRegions (0018,6011) item 2"), e.getMessage());
    assertTrue(e.getMessage().contains("RegionLocationMaxY1 (0018,601E)"), e.getMessage());
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void read_boundsInReverse_namesTheTag() {
    DicomAttributeException e =
        assertThrows(
            DicomAttributeException.class,
            () -> UltrasoundRegions.read(image(100, 100, region(50, 0, 10, 10, CM, CM, 1, 1))));
    assertEquals(Tags.REGION_LOCATION_MAX_X1, e.tag());
    assertTrue(e.getMessage().contains("x1=10 lies left of x0=50"), e.getMessage());
  }

  @Test
  void read_textWhereADeltaBelongs_namesTheTag() {
    var bad = region(0, 0, 10, 10, CM, CM, 1, 1).put(Tags.PHYSICAL_DELTA_Y, "wide");
    DicomAttributeException e =
        assertThrows(
            DicomAttributeException.class, () -> UltrasoundRegions.read(image(100, 100, bad)));
    assertEquals(Tags.PHYSICAL_DELTA_Y, e.tag());
  }

  @Test
  void read_unknownUnitCode_keepsTheCode() {
    UltrasoundRegion region =
        UltrasoundRegions.read(image(100, 100, region(0, 0, 10, 10, 0x20, 0x20, 1, 1))).get(0);
    assertEquals(PhysicalUnit.UNKNOWN, region.unitsX());
    assertEquals(0x20, region.unitsXCode());
    assertTrue(region.deltaXmm().isEmpty());
  }

  @Test
  void read_missingDelta_isNotANumberSoItNeverCalibrates() {
    var noDelta =
        InMemoryDataset.builder("item")
            .put(Tags.REGION_LOCATION_MIN_X0, 0)
            .put(Tags.REGION_LOCATION_MIN_Y0, 0)
            .put(Tags.REGION_LOCATION_MAX_X1, 10)
            .put(Tags.REGION_LOCATION_MAX_Y1, 10)
            .put(Tags.PHYSICAL_UNITS_X_DIRECTION, CM)
            .put(Tags.PHYSICAL_UNITS_Y_DIRECTION, CM);
    UltrasoundRegion region = UltrasoundRegions.read(image(100, 100, noDelta)).get(0);
    assertTrue(Double.isNaN(region.physicalDeltaX()));
    assertFalse(region.lowPriority());
  }

  @Test
  void physicalUnit_codesFollowTheStandard() {
    assertEquals(PhysicalUnit.NONE, PhysicalUnit.ofCode(0));
    assertEquals(PhysicalUnit.CM, PhysicalUnit.ofCode(3));
    assertEquals(PhysicalUnit.SECONDS, PhysicalUnit.ofCode(4));
    assertEquals(PhysicalUnit.CM_PER_SECOND, PhysicalUnit.ofCode(7));
    assertEquals(PhysicalUnit.CM3, PhysicalUnit.ofCode(0xA));
    assertEquals(PhysicalUnit.DEGREES, PhysicalUnit.ofCode(0xC));
    assertEquals(PhysicalUnit.UNKNOWN, PhysicalUnit.ofCode(0xD));
    assertEquals(PhysicalUnit.UNKNOWN, PhysicalUnit.ofCode(-1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "us/OBXXXX1A_palette_bigendian.dcm",
        "us/OBXXXX1A_palette_rle_2frame.dcm",
        "us/OBXXXX1A_palette_explicitLE.dcm"
      })
  void read_sameImageInOtherEncodings_givesTheSameRegions(String sample) throws Exception {
    List<UltrasoundRegion> regions =
        UltrasoundRegions.read(DicomHeaders.read(SharedTestData.dicom(sample)));
    assertEquals(2, regions.size());
    assertEquals(
        rounded(
            new RegionSummary(
                120,
                60,
                800,
                518,
                "cm",
                "cm",
                0.026228787661969974,
                0.026228787661969974,
                0.26228787661969974,
                0.26228787661969974)),
        rounded(RegionSummary.of(regions.get(0))));
    assertEquals(
        rounded(
            new RegionSummary(
                176, 522, 743, 576, "seconds", "none", 0.0096427366086495336, 0.0, null, null)),
        rounded(RegionSummary.of(regions.get(1))));
  }

  @Test
  void summary_unknownUnitsAndMissingDelta_printAsCodeAndNull() {
    var odd =
        InMemoryDataset.builder("item")
            .put(Tags.REGION_LOCATION_MIN_X0, 0)
            .put(Tags.REGION_LOCATION_MIN_Y0, 0)
            .put(Tags.REGION_LOCATION_MAX_X1, 10)
            .put(Tags.REGION_LOCATION_MAX_Y1, 10)
            .put(Tags.PHYSICAL_UNITS_X_DIRECTION, 0x20)
            .put(Tags.PHYSICAL_UNITS_Y_DIRECTION, CM);
    RegionSummary summary = RegionSummary.of(UltrasoundRegions.read(image(100, 100, odd)).get(0));
    assertEquals("unknown(0x0020)", summary.unitsX());
    assertEquals("cm", summary.unitsY());
    assertEquals(null, summary.deltaX());
    assertEquals(null, summary.deltaYmm(), "cm without a delta has no mm per pixel");
  }

  // Deltas read from FD may differ from the decimal text in the last bit; compare to 12 digits.
  private static RegionSummary rounded(RegionSummary s) {
    return new RegionSummary(
        s.x0(),
        s.y0(),
        s.x1(),
        s.y1(),
        s.unitsX(),
        s.unitsY(),
        round(s.deltaX()),
        round(s.deltaY()),
        round(s.deltaXmm()),
        round(s.deltaYmm()));
  }

  private static Double round(Double value) {
    return value == null ? null : Math.round(value * 1e12) / 1e12;
  }

  private static List<Long> bounds(UltrasoundRegion r) {
    return List.of(r.x0(), r.y0(), r.x1(), r.y1());
  }
}
