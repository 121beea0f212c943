package org.cryows.imaging.ultrasound;

import static org.cryows.imaging.ultrasound.RegionFixtures.CM;
import static org.cryows.imaging.ultrasound.RegionFixtures.SECONDS;
import static org.cryows.imaging.ultrasound.RegionFixtures.image;
import static org.cryows.imaging.ultrasound.RegionFixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;

class RegionCalibrationTest {

  // The obstetric sample's tissue region: 0.026228787661969974 cm per pixel on both axes.
  private static final double OB_MM_PER_PIXEL = 0.026228787661969974 * 10;
  private static final double ALOKA_MM_PER_PIXEL = 0.038265306502580643 * 10;

  @Test
  void distance_bothPointsInTheTissueRegion_isInMillimetres() throws Exception {
    RegionCalibration calibration = obstetric();

    Measurement m = calibration.distance(new PixelPoint(200, 100), new PixelPoint(500, 500));

    assertTrue(m.calibrated(), m.toString());
    assertEquals(MeasurementUnit.MM, m.unit());
    assertEquals(1, m.region().getAsInt());
    // 300 px across and 400 px down: a 3-4-5 triangle of 500 px.
    assertEquals(500 * OB_MM_PER_PIXEL, m.value(), 1e-9);
  }

  @Test
  void area_squareInTheTissueRegion_isInSquareMillimetres() throws Exception {
    Measurement m =
        obstetric()
            .area(
                List.of(
                    new PixelPoint(200, 100),
                    new PixelPoint(300, 100),
                    new PixelPoint(300, 200),
                    new PixelPoint(200, 200)));

    assertEquals(MeasurementUnit.MM2, m.unit());
    assertEquals(100 * OB_MM_PER_PIXEL * 100 * OB_MM_PER_PIXEL, m.value(), 1e-9);
  }

  @Test
  void distance_fromTissueRegionIntoEcgStrip_isInPixelsBecauseOfSeveralRegions() throws Exception {
    Measurement m = obstetric().distance(new PixelPoint(300, 300), new PixelPoint(300, 550));

    assertFalse(m.calibrated());
    assertEquals(Calibration.SEVERAL_REGIONS, m.calibration());
    assertEquals(MeasurementUnit.PIXELS, m.unit());
    assertEquals(250, m.value(), 1e-12);
    assertTrue(m.explanation().contains("different regions (1, 2)"), m.explanation());
  }

  @Test
  void distance_insideTheEcgStrip_isInPixelsBecauseItsUnitsDiffer() throws Exception {
    Measurement m = obstetric().distance(new PixelPoint(200, 530), new PixelPoint(260, 560));

    assertEquals(Calibration.UNEQUAL_UNITS, m.calibration());
    assertEquals(2, m.region().getAsInt());
    assertEquals(Math.hypot(60, 30), m.value(), 1e-12);
    assertTrue(m.explanation().contains("X in seconds and Y in none"), m.explanation());
  }

  @Test
  void distance_aboveAllRegions_isInPixelsWithNoRegion() throws Exception {
    Measurement m = obstetric().distance(new PixelPoint(10, 10), new PixelPoint(200, 100));
    assertEquals(Calibration.NO_REGION, m.calibration());
    assertTrue(m.explanation().contains("(10.0, 10.0)"), m.explanation());
  }

  @Test
  void distance_acrossTheTwoAlokaSectors_isRefusedThoughTheirScalesAgree() throws Exception {
    RegionCalibration aloka = aloka();

    Measurement across = aloka.distance(new PixelPoint(300, 200), new PixelPoint(400, 200));
    assertEquals(Calibration.SEVERAL_REGIONS, across.calibration());

    // The sectors meet between columns 335 and 336: a point belongs to its nearest pixel.
    Measurement left = aloka.distance(new PixelPoint(300, 200), new PixelPoint(335.4, 200));
    assertEquals(1, left.region().getAsInt());
    assertEquals(35.4 * ALOKA_MM_PER_PIXEL, left.value(), 1e-9);
    Measurement right = aloka.distance(new PixelPoint(335.6, 200), new PixelPoint(400, 260));
    assertEquals(2, right.region().getAsInt());
    assertEquals(Math.hypot(64.4, 60) * ALOKA_MM_PER_PIXEL, right.value(), 1e-9);
  }

  @Test
  void distance_overTheAlokaGrayBar_isRefusedAsItOverlapsTheSectorWithAnotherScale()
      throws Exception {
    RegionCalibration aloka = aloka();
    Measurement within = aloka.distance(new PixelPoint(40, 50), new PixelPoint(60, 100));
    assertEquals(Calibration.SEVERAL_REGIONS, within.calibration());
    assertTrue(within.explanation().contains("regions 1 and 3 overlap"), within.explanation());
    // One end on the bar, the other on the sector only: still ambiguous at the first end.
    Measurement oneEnd = aloka.distance(new PixelPoint(40, 50), new PixelPoint(200, 300));
    assertEquals(Calibration.SEVERAL_REGIONS, oneEnd.calibration());
    // Beside the bar the sector alone calibrates.
    Measurement beside = aloka.distance(new PixelPoint(70, 50), new PixelPoint(200, 300));
    assertTrue(beside.calibrated(), beside.toString());
    assertEquals(Math.hypot(130, 250) * ALOKA_MM_PER_PIXEL, beside.value(), 1e-9);
  }

  @Test
  void distance_onAResampledImage_isRefusedBecauseTheRegionOutgrowsIt() throws Exception {
    // This 320 x 240 cine carries a region up to (595, 414): its pixels were resampled after
    // the scanner calibrated them, so 0.51 mm per pixel no longer holds.
    RegionCalibration cine =
        RegionCalibration.of(
            DicomHeaders.read(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm")));
    Measurement m = cine.distance(new PixelPoint(100, 50), new PixelPoint(200, 150));
    assertEquals(Calibration.REGION_OUTSIDE_IMAGE, m.calibration());
    assertEquals(MeasurementUnit.PIXELS, m.unit());
    assertTrue(m.explanation().contains("320 x 240"), m.explanation());
  }

  @Test
  void distance_imageWithoutRegions_isInPixels() throws Exception {
    RegionCalibration plain =
        RegionCalibration.of(
            DicomHeaders.read(SharedTestData.dicom("us/US1_UNCR_rgb_explicitLE.dcm")));
    Measurement m = plain.distance(new PixelPoint(0, 0), new PixelPoint(3, 4));
    assertEquals(Calibration.NO_REGION, m.calibration());
    assertEquals(5, m.value(), 1e-12);
    assertEquals("the image has no ultrasound regions", m.explanation());
  }

  @Test
  void distanceAndArea_nonSquarePixels_scaleEachAxisByItsOwnDelta() {
    // 0.1 mm per column and 0.25 mm per row.
    RegionCalibration c =
        new RegionCalibration(
            UltrasoundRegions.read(image(200, 200, region(0, 0, 199, 199, CM, CM, 0.01, 0.025))),
            200,
            200);

    Measurement along = c.distance(new PixelPoint(10, 10), new PixelPoint(40, 50));
    // 30 columns = 3 mm, 40 rows = 10 mm.
    assertEquals(Math.sqrt(3 * 3 + 10 * 10), along.value(), 1e-12);
    assertEquals(Calibration.CALIBRATED, along.calibration());

    // A right triangle with legs of 40 columns (4 mm) and 20 rows (5 mm): 10 mm².
    Measurement triangle =
        c.area(List.of(new PixelPoint(10, 10), new PixelPoint(50, 10), new PixelPoint(10, 30)));
    assertEquals(10, triangle.value(), 1e-12);
    assertEquals(MeasurementUnit.MM2, triangle.unit());
  }

  @Test
  void area_uncalibrated_isInSquarePixelsWhateverTheVertexOrder() {
    RegionCalibration c = new RegionCalibration(List.of(), 100, 100);
    Measurement clockwise =
        c.area(
            List.of(
                new PixelPoint(0, 0),
                new PixelPoint(0, 4),
                new PixelPoint(3, 4),
                new PixelPoint(3, 0)));
    assertEquals(12, clockwise.value(), 1e-12);
    assertEquals(MeasurementUnit.PIXELS2, clockwise.unit());
  }

  @Test
  void distance_overlappingRegionsThatAgree_isCalibrated() {
    RegionCalibration c =
        RegionCalibration.of(
            image(
                300,
                300,
                region(0, 0, 299, 299, CM, CM, 0.02, 0.02),
                region(100, 100, 199, 199, CM, CM, 0.02, 0.02)));
    Measurement m = c.distance(new PixelPoint(120, 120), new PixelPoint(150, 160));
    assertTrue(m.calibrated(), m.toString());
    assertEquals(50 * 0.2, m.value(), 1e-12);
  }

  @Test
  void distance_regionInSecondsOnBothAxes_isNonSpatial() {
    RegionCalibration c =
        RegionCalibration.of(image(100, 100, region(0, 0, 99, 99, SECONDS, SECONDS, 0.01, 0.01)));
    assertEquals(
        Calibration.NON_SPATIAL_UNITS,
        c.distance(new PixelPoint(1, 1), new PixelPoint(5, 5)).calibration());
  }

  @Test
  void distance_unknownUnits_isNonSpatialAndNamesTheCode() {
    RegionCalibration c =
        RegionCalibration.of(image(100, 100, region(0, 0, 99, 99, 0x40, 0x40, 0.01, 0.01)));
    Measurement m = c.distance(new PixelPoint(1, 1), new PixelPoint(5, 5));
    assertEquals(Calibration.NON_SPATIAL_UNITS, m.calibration());
    assertTrue(m.explanation().contains("code 64"), m.explanation());
  }

  @Test
  void distance_mModeStripWithDepthAgainstTime_hasUnequalUnits() {
    RegionCalibration c =
        RegionCalibration.of(image(100, 100, region(0, 0, 99, 99, SECONDS, CM, 0.01, 0.01)));
    assertEquals(
        Calibration.UNEQUAL_UNITS,
        c.distance(new PixelPoint(1, 1), new PixelPoint(5, 5)).calibration());
  }

  @Test
  void distance_zeroDeltaInCentimetres_isRefused() {
    RegionCalibration c =
        RegionCalibration.of(image(100, 100, region(0, 0, 99, 99, CM, CM, 0.01, 0)));
    assertEquals(
        Calibration.INVALID_DELTA,
        c.distance(new PixelPoint(1, 1), new PixelPoint(5, 5)).calibration());
  }

  @Test
  void regionEndingOnePastTheLastColumn_isStillTrusted() {
    // Scanners commonly write x1 = Columns; the obstetric sample does (800 on an 800-wide image).
    RegionCalibration c =
        RegionCalibration.of(image(100, 100, region(0, 0, 100, 100, CM, CM, 0.01, 0.01)));
    assertTrue(c.distance(new PixelPoint(1, 1), new PixelPoint(4, 5)).calibrated());
    RegionCalibration beyond =
        RegionCalibration.of(image(100, 100, region(0, 0, 101, 99, CM, CM, 0.01, 0.01)));
    assertEquals(
        Calibration.REGION_OUTSIDE_IMAGE,
        beyond.distance(new PixelPoint(1, 1), new PixelPoint(4, 5)).calibration());
  }

  @Test
  void area_fewerThanThreeVertices_isRefused() {
    RegionCalibration c = new RegionCalibration(List.of(), 10, 10);
    assertThrows(
        IllegalArgumentException.class,
        () -> c.area(List.of(new PixelPoint(0, 0), new PixelPoint(1, 1))));
  }

  private static RegionCalibration obstetric() throws Exception {
    return RegionCalibration.of(
        DicomHeaders.read(SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm")));
  }

  private static RegionCalibration aloka() throws Exception {
    return RegionCalibration.of(
        DicomHeaders.read(SharedTestData.dicom("us/gdcm-US-ALOKA-16_palette16_implicitLE.dcm")));
  }
}
