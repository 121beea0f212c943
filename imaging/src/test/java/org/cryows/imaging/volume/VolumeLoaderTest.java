package org.cryows.imaging.volume;

import static org.cryows.imaging.volume.SyntheticSeries.X;
import static org.cryows.imaging.volume.SyntheticSeries.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.cryows.imaging.volume.SeriesGeometry.Decision;
import org.cryows.imaging.volume.SeriesProblem.Kind;
import org.junit.jupiter.api.Test;

class VolumeLoaderTest {

  @Test
  void load_shuffledSeries_slicesInOrderWithStoredAndRescaledValues() throws Exception {
    List<Integer> zOrder = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    Collections.shuffle(zOrder, new Random(7));
    SyntheticSeries series =
        new SyntheticSeries()
            .size(5, 3)
            .rescale(2, -1024)
            .pixels((n, i, j) -> 1000 * zOrder.get(n) + 10 * j + i - 3000);
    for (int z : zOrder) {
      series.slice(new Vector3(0, 0, 1.25 * z), X, Y);
    }
    Volume volume = new VolumeLoader(2).load(series.sources());
    assertEquals(6, volume.slices());
    for (int k = 0; k < 6; k++) {
      assertEquals(1000 * k + 10 * 2 + 4 - 3000, volume.storedValue(4, 2, k));
      assertEquals(2.0 * (1000 * k + 21 - 3000) - 1024, volume.value(1, 2, k), 1e-12);
    }
    assertEquals(5L * 3 * 6 * 2, volume.rawBytes());
  }

  @Test
  void load_unsigned16Bit_fullRangeKept() throws Exception {
    SyntheticSeries series =
        SyntheticSeries.axial(2, 0, 1).unsigned().pixels((n, i, j) -> n == 0 ? 65535 : i + j);
    Volume volume = new VolumeLoader(1).load(series.sources());
    assertEquals(65535, volume.storedValue(3, 2, 0));
    assertEquals(5, volume.storedValue(3, 2, 1));
    assertEquals(65535.0, volume.interpolate(3, 2, 0, Double.NaN), 1e-9);
  }

  @Test
  void load_missingSlice_interpolatedBetweenItsNeighbours() throws Exception {
    double[] z = {0, 2, 4, 8, 10};
    SyntheticSeries series = new SyntheticSeries().pixels((n, i, j) -> (int) (100 * z[n]) + i);
    for (double v : z) {
      series.slice(new Vector3(0, 0, v), X, Y);
    }
    Volume volume = new VolumeLoader(2).load(series.sources());
    assertEquals(Decision.RESAMPLED, volume.geometry().decision());
    assertEquals(6, volume.slices());
    for (int k = 0; k < 6; k++) {
      assertEquals(200 * k + 1, volume.storedValue(1, 0, k), "slice " + k);
    }
  }

  @Test
  void load_gantryTilt_resampledOntoGridAlongTheNormal() throws Exception {
    // Stored value = 4 * (patient y in mm) + 8 * (patient z in mm): linear, so bilinear and
    // linear interpolation reproduce it; the stack is sheared 2 mm in y per 2 mm slice (45 deg).
    SyntheticSeries series =
        new SyntheticSeries()
            .size(12, 12)
            .pixelSpacing(1, 1)
            .pixels((n, i, j) -> 4 * (2 * n + j) + 8 * (2 * n));
    for (int n = 0; n < 4; n++) {
      series.slice(new Vector3(0, 2 * n, 2 * n), X, Y);
    }
    Volume volume = new VolumeLoader(2).load(series.sources());
    assertEquals(Decision.RESAMPLED, volume.geometry().decision());
    assertTrue(volume.geometry().problems().stream().anyMatch(p -> p.kind() == Kind.GANTRY_TILT));
    ImageToPatient t = volume.imageToPatient();
    for (int k = 0; k < volume.slices(); k++) {
      for (int j = 0; j < 12; j++) {
        Vector3 p = t.apply(5, j, k);
        // Grid rows below the sheared slice's first row fall outside it.
        boolean inside = p.y() >= 2 * k - 1e-9 && p.y() <= 2 * k + 11 + 1e-9;
        double expected = inside ? 4 * p.y() + 8 * p.z() : 0;
        assertEquals(expected, volume.storedValue(5, j, k), 0.5, "voxel (5, " + j + ", " + k + ")");
      }
    }
  }

  @Test
  void load_refusedSeries_throwsWithTheProblems() {
    SyntheticSeries series = SyntheticSeries.axial(3, 0, 1).patientId(2, "OTHER");
    VolumeException e =
        assertThrows(VolumeException.class, () -> new VolumeLoader(1).load(series.sources()));
    assertEquals(Kind.PATIENT_MISMATCH, e.problems().get(0).kind());
    assertTrue(
        e.getMessage().startsWith("series refused: Patient ID (0010,0020) differs"),
        e.getMessage());
  }

  @Test
  void load_frameOfTheWrongSize_errorNamesTheFrame() {
    SyntheticSeries headersOnly = SyntheticSeries.axial(2, 0, 1).size(4, 3);
    List<SliceSource> sources = new ArrayList<>();
    List<SliceSource> smaller = SyntheticSeries.axial(2, 0, 1).size(3, 3).sources();
    for (int n = 0; n < 2; n++) {
      sources.add(new SliceSource(headersOnly.headers().get(n), smaller.get(n).frames(), 0));
    }
    VolumeException e =
        assertThrows(VolumeException.class, () -> new VolumeLoader(2).load(sources));
    assertTrue(
        e.getMessage()
            .startsWith("slice0.dcm frame 1: decoded 3 x 3 pixels, the header says 4 x 3"),
        e.getMessage());
  }
}
