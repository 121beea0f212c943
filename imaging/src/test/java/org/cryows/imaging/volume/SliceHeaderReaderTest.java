package org.cryows.imaging.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.imaging.adapter.DicomHeaders;
import org.cryows.imaging.dataset.DicomAttributeException;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;

class SliceHeaderReaderTest {

  private static final double EPS = 1e-9;

  // Expected values below are transcribed from `dcmdump` of the same files.

  @Test
  void geometries_enhancedCt_positionsPerFrameOrientationAndSpacingShared() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("ct/eCT_Supplemental_enhancedCT_2frame.dcm"));
    List<SliceGeometry> frames = SliceHeaderReader.geometries(header);
    assertEquals(2, frames.size());
    assertVector(new Vector3(99.5, -301.5, -159), frames.get(0).position_Patient().orElseThrow());
    assertVector(new Vector3(99.5, -301.5, -149), frames.get(1).position_Patient().orElseThrow());
    for (SliceGeometry g : frames) {
      assertVector(new Vector3(-1, 0, 0), g.rowDirection());
      assertVector(new Vector3(0, 1, 0), g.columnDirection());
      assertEquals(0.388672, g.rowSpacingMm(), EPS);
      assertEquals(0.388672, g.columnSpacingMm(), EPS);
      assertEquals(512, g.rows());
      assertEquals(512, g.columns());
    }
    assertTrue(frames.get(1).origin().endsWith("frame 2"), frames.get(1).origin());
    SliceAttributes attributes = SliceHeaderReader.attributes(header, 1);
    assertEquals(-1024, attributes.rescaleIntercept(), EPS);
    assertEquals(1, attributes.rescaleSlope(), EPS);
    assertEquals("0010", attributes.patientId());
    assertEquals("U", attributes.laterality());
  }

  @Test
  void geometries_enhancedMrKnee_everyFrameFromTheSharedGroups() throws Exception {
    DicomDataset header =
        DicomHeaders.read(SharedTestData.dicom("mr/MOVEKNEE_enhancedMR_knee_19frames.dcm"));
    List<SliceGeometry> frames = SliceHeaderReader.geometries(header);
    assertEquals(19, frames.size());
    for (SliceGeometry g : frames) {
      assertVector(new Vector3(-3, -80, 80), g.position_Patient().orElseThrow());
      assertVector(new Vector3(0, 1, 0), g.rowDirection());
      assertVector(new Vector3(0, 0, -1), g.columnDirection());
      assertEquals(0.625, g.rowSpacingMm(), EPS);
      assertEquals(6.0, g.sliceThicknessMm().orElseThrow(), EPS);
    }
    assertEquals("R", SliceHeaderReader.attributes(header, 18).laterality());
  }

  @Test
  void geometry_enhancedMrWithoutFunctionalGroups_errorNamesFrameAndOrientationTag()
      throws Exception {
    DicomDataset header = DicomHeaders.read(SharedTestData.dicom("mr/emri_small.dcm"));
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> SliceHeaderReader.geometries(header));
    assertEquals(Tags.IMAGE_ORIENTATION_PATIENT, e.tag());
    assertTrue(e.getMessage().contains("emri_small.dcm"), e.getMessage());
    assertTrue(
        e.getMessage().contains("ImageOrientationPatient (0020,0037): missing"), e.getMessage());
  }

  @Test
  void geometry_perFrameGroupOverridesShared() {
    DicomDataset shared =
        InMemoryDataset.builder("shared")
            .putSequence(
                Tags.PIXEL_MEASURES_SEQUENCE,
                List.of(InMemoryDataset.builder("pm").put(Tags.PIXEL_SPACING, 1.0, 1.0).build()))
            .putSequence(
                Tags.PLANE_ORIENTATION_SEQUENCE,
                List.of(
                    InMemoryDataset.builder("po")
                        .put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 1, 0)
                        .build()))
            .build();
    DicomDataset frame1 = perFrame(0, null);
    DicomDataset frame2 = perFrame(2, 0.5);
    DicomDataset header =
        InMemoryDataset.builder("enhanced.dcm")
            .put(Tags.NUMBER_OF_FRAMES, 2)
            .put(Tags.ROWS, 8)
            .put(Tags.COLUMNS, 8)
            .putSequence(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE, List.of(shared))
            .putSequence(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE, List.of(frame1, frame2))
            .build();
    List<SliceGeometry> frames = SliceHeaderReader.geometries(header);
    assertEquals(1.0, frames.get(0).rowSpacingMm(), EPS);
    assertEquals(0.5, frames.get(1).rowSpacingMm(), EPS);
    assertVector(new Vector3(0, 0, 2), frames.get(1).position_Patient().orElseThrow());
  }

  @Test
  void geometry_orientationNotUnit_errorNamesOriginAndTag() {
    DicomDataset header = classic().put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 0.5, 0).build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> SliceHeaderReader.geometry(header, 0));
    assertEquals(
        "ct.dcm: ImageOrientationPatient (0020,0037): the column direction (0.0000, 0.5000,"
            + " 0.0000) is not a unit vector (length 0.5000)",
        e.getMessage());
  }

  @Test
  void geometry_orientationNotOrthogonal_errorGivesTheAngle() {
    double c = Math.cos(Math.toRadians(80));
    double s = Math.sin(Math.toRadians(80));
    DicomDataset header = classic().put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, c, s, 0).build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> SliceHeaderReader.geometry(header, 0));
    assertTrue(e.getMessage().startsWith("ct.dcm: ImageOrientationPatient (0020,0037)"));
    assertTrue(e.getMessage().contains("not orthogonal"), e.getMessage());
    assertTrue(e.getMessage().contains("80.00 degrees"), e.getMessage());
  }

  @Test
  void geometry_missingPixelSpacing_errorNamesTag() {
    DicomDataset header =
        InMemoryDataset.builder("ct.dcm")
            .put(Tags.ROWS, 4)
            .put(Tags.COLUMNS, 4)
            .put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 1, 0)
            .build();
    DicomAttributeException e =
        assertThrows(DicomAttributeException.class, () -> SliceHeaderReader.geometry(header, 0));
    assertEquals("ct.dcm: PixelSpacing (0028,0030): missing", e.getMessage());
  }

  @Test
  void geometry_noPosition_positionEmpty() {
    DicomDataset header = classic().put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 1, 0).build();
    assertTrue(SliceHeaderReader.geometry(header, 0).position_Patient().isEmpty());
  }

  private static InMemoryDataset.Builder classic() {
    return InMemoryDataset.builder("ct.dcm")
        .put(Tags.ROWS, 4)
        .put(Tags.COLUMNS, 4)
        .put(Tags.PIXEL_SPACING, 0.5, 0.5);
  }

  private static DicomDataset perFrame(double z, Double spacing) {
    InMemoryDataset.Builder b =
        InMemoryDataset.builder("frame")
            .putSequence(
                Tags.PLANE_POSITION_SEQUENCE,
                List.of(
                    InMemoryDataset.builder("pp")
                        .put(Tags.IMAGE_POSITION_PATIENT, 0, 0, z)
                        .build()));
    if (spacing != null) {
      b.putSequence(
          Tags.PIXEL_MEASURES_SEQUENCE,
          List.of(InMemoryDataset.builder("pm").put(Tags.PIXEL_SPACING, spacing, spacing).build()));
    }
    return b.build();
  }

  static void assertVector(Vector3 expected, Vector3 actual) {
    assertEquals(expected.x(), actual.x(), 1e-6, () -> expected + " vs " + actual);
    assertEquals(expected.y(), actual.y(), 1e-6, () -> expected + " vs " + actual);
    assertEquals(expected.z(), actual.z(), 1e-6, () -> expected + " vs " + actual);
  }
}
