package org.cryows.imaging.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VoxelStoreTest {

  @Test
  void store_slicesSpreadOverSlabs_eachVoxelKeptApart() {
    VoxelStore store = new VoxelStore(4, 3, 5, 24); // two slices per slab: 3 slabs
    assertEquals(3, store.slabCount());
    for (int k = 0; k < 5; k++) {
      for (int p = 0; p < 12; p++) {
        store.set(k, p, (short) (100 * k + p));
      }
    }
    for (int k = 0; k < 5; k++) {
      for (int p = 0; p < 12; p++) {
        assertEquals(100 * k + p, store.get(k, p));
      }
    }
    assertEquals(2L * 4 * 3 * 5, store.rawBytes());
  }

  @Test
  void reslice_acrossSlabBoundaries_sameAsOneSlab() throws Exception {
    SyntheticSeries series =
        new SyntheticSeries().size(6, 5).sliceAxial(7).pixels((k, i, j) -> 7 * i - 3 * j + 11 * k);
    SeriesGeometry geometry = series.analyze();
    VoxelStore oneSlab = new VoxelStore(6, 5, 7);
    VoxelStore manySlabs = new VoxelStore(6, 5, 7, 60);
    for (int k = 0; k < 7; k++) {
      for (int j = 0; j < 5; j++) {
        for (int i = 0; i < 6; i++) {
          short v = (short) (7 * i - 3 * j + 11 * k);
          oneSlab.set(k, j * 6 + i, v);
          manySlabs.set(k, j * 6 + i, v);
        }
      }
    }
    assertEquals(4, manySlabs.slabCount());
    Volume a = new Volume(oneSlab, 6, 5, 0, 1, 0, geometry);
    Volume b = new Volume(manySlabs, 6, 5, 0, 1, 0, geometry);
    Vector3 center = a.imageToPatient().apply(2.5, 2, 3);
    ReslicePlane plane =
        ReslicePlane.centredOn(center, new Vector3(0, 0.6, 0.8), new Vector3(1, 0, 0), 20, 20, 0.8);
    float[] expected = new Reslicer(a, -1).reslice(plane).copyValues();
    float[] actual = new Reslicer(b, -1).reslice(plane).copyValues();
    for (int n = 0; n < expected.length; n++) {
      assertEquals(expected[n], actual[n], 0.0);
    }
    // The plane crosses slices 0..6, so the comparison spans every slab.
    assertEquals(
        true,
        java.util.stream.IntStream.range(0, expected.length).anyMatch(n -> expected[n] != -1));
  }
}
