package org.cryows.samples.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cryows.imaging.adapter.DicomImage;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.volume.PatientToImage;
import org.cryows.imaging.volume.SliceSource;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.samples.GeneratedSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CT knee phantom as the workstation loads it: one series, one frame of reference, the right
 * side, 0.5 mm pixels and 1 mm slices; Hounsfield units where the phantom puts each tissue; and the
 * truth's vessel centre lines where the contrast-filled arteries are drawn.
 */
class CtKneeSeriesTest {
  private static Path folder;
  private static List<DicomImage> slices;
  private static Volume volume;

  @BeforeAll
  static void load() throws Exception {
    folder = GeneratedSamples.folder().resolve("ct-knee");
    slices = new ArrayList<>();
    List<SliceSource> sources = new ArrayList<>();
    for (int i = 1; i <= CtKneeSeries.SLICES; i++) {
      DicomImage image = DicomImages.open(folder.resolve(CtKneeSeries.fileName(i)));
      slices.add(image);
      sources.add(new SliceSource(image.header(), image.frames(), 0));
    }
    volume = new VolumeLoader(2).load(sources);
  }

  @Test
  void series_isOneSeriesOfOneFrameOfReferenceOnTheRightSide() {
    Set<String> studies = new HashSet<>();
    Set<String> series = new HashSet<>();
    Set<String> frames = new HashSet<>();
    for (DicomImage slice : slices) {
      studies.add(slice.header().string(Tags.STUDY_INSTANCE_UID).orElseThrow());
      series.add(slice.header().string(Tags.SERIES_INSTANCE_UID).orElseThrow());
      frames.add(slice.header().string(Tags.FRAME_OF_REFERENCE_UID).orElseThrow());
      assertEquals(Optional.of("R"), slice.header().string(Tags.IMAGE_LATERALITY));
      assertEquals(Optional.of("SAMPLE-KNEE-01"), slice.header().string(Tags.PATIENT_ID));
      assertEquals(Optional.of("SAMPLE^KNEE"), slice.header().string(Tags.PATIENT_NAME));
    }
    assertEquals(1, studies.size());
    assertEquals(1, series.size());
    assertEquals(1, frames.size());
    assertTrue(slices.size() >= 100);
    assertEquals(CtKneeSeries.COLUMNS, volume.columns());
    assertEquals(CtKneeSeries.SLICES, volume.slices());
    assertEquals(new Vector3(0.5, 0, 0), volume.imageToPatient().columnStep());
    assertEquals(1.0, volume.imageToPatient().sliceStep().length(), 1e-9);
  }

  @Test
  void voxels_holdEachTissuesHounsfieldUnits() {
    // On the knee's own axes: X medial, Y posterior, Z up from the joint line.
    assertHu(-1000, 0, -72, 20, 1, "air in front of the knee");
    assertHu(KneePhantom.CORTEX, 12, KneePhantom.BONE_AXIS_Y, 58, 80, "femoral shaft cortex");
    assertHu(KneePhantom.MARROW, 0, KneePhantom.BONE_AXIS_Y, 58, 15, "femoral shaft marrow");
    assertHu(KneePhantom.CANCELLOUS, 20, KneePhantom.BONE_AXIS_Y, 8, 15, "medial condyle");
    assertHu(KneePhantom.CANCELLOUS, 0, KneePhantom.BONE_AXIS_Y, -20, 15, "tibial metaphysis");
    assertHu(KneePhantom.ARTERY, 1, 38, 30, 15, "popliteal artery");
    assertHu(KneePhantom.FAT, 0, 54, 0, 15, "subcutaneous fat behind the knee");
    assertHu(KneePhantom.MUSCLE, 30, -10, 58, 15, "vastus medialis");
  }

  @Test
  void truth_vesselCentreLinesLieOnTheDrawnArteries() throws IOException {
    JsonNode truth = new ObjectMapper().readTree(folder.resolve("truth.json").toFile());
    assertEquals("patient", truth.get("frame").asText());
    PatientToImage toImage = volume.imageToPatient().inverse();
    int arteries = 0;
    for (JsonNode vessel : truth.get("vessels")) {
      if (!vessel.get("contrast").asBoolean()) {
        continue;
      }
      arteries++;
      JsonNode path = vessel.get("pathMm");
      // Midpoints of the centre line's segments, inside the scanned range.
      for (int i = 0; i + 1 < path.size(); i++) {
        Vector3 mid = point(path.get(i)).plus(point(path.get(i + 1))).times(0.5);
        Vector3 ijk = toImage.apply(mid);
        if (ijk.z() < 0 || ijk.z() > volume.slices() - 1) {
          continue;
        }
        double hu = volume.interpolate(ijk.x(), ijk.y(), ijk.z(), -1024);
        assertTrue(
            hu > 150,
            vessel.get("name").asText() + " at " + mid + ": " + hu + " HU on its centre line");
      }
    }
    assertEquals(5, arteries, "popliteal and four genicular arteries");
  }

  private static Vector3 point(JsonNode p) {
    return new Vector3(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asDouble());
  }

  /** The mean HU in a 2 x 2 x 1 voxel block at a knee-frame point is within the tolerance. */
  private static void assertHu(
      double expected, double kneeX, double kneeY, double kneeZ, double tolerance, String what) {
    Vector3 patient = CtKneeSeries.KNEE_ORIGIN_PATIENT.plus(new Vector3(kneeX, kneeY, kneeZ));
    Vector3 ijk = volume.imageToPatient().inverse().apply(patient);
    double sum = 0;
    int n = 0;
    for (int di = 0; di <= 1; di++) {
      for (int dj = 0; dj <= 1; dj++) {
        sum += volume.value((int) ijk.x() + di, (int) ijk.y() + dj, (int) Math.round(ijk.z()));
        n++;
      }
    }
    assertEquals(expected, sum / n, tolerance, what + " at " + patient);
  }
}
