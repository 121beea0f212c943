package org.cryows.imaging.bench;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;
import org.cryows.imaging.volume.SliceSource;

/**
 * A synthetic axial CT series for the volume benchmarks: 12-bit stored values with intercept -1024,
 * an elliptic body of soft tissue with a denser core in air, and noise, so the values are not
 * compressible patterns. Frames are computed on demand, as a decoder would produce them.
 */
public final class VolumeSyntheticCt {

  public static final double PIXEL_SPACING_MM = 0.7;
  public static final double SLICE_SPACING_MM = 1.0;

  private VolumeSyntheticCt() {}

  /** {@code slices} classic CT slices of {@code size} x {@code size} pixels, in shuffled order. */
  public static List<SliceSource> series(int size, int slices) {
    List<SliceSource> sources = new ArrayList<>(slices);
    for (int n = 0; n < slices; n++) {
      // Interleave the input order (even slices, then odd) so the loader has to sort.
      int k = n < (slices + 1) / 2 ? 2 * n : 2 * (n - (slices + 1) / 2) + 1;
      sources.add(new SliceSource(header(size, k), frames(size, k), 0));
    }
    return sources;
  }

  private static DicomDataset header(int size, int k) {
    return InMemoryDataset.builder("synthetic-ct/" + k + ".dcm")
        .put(Tags.MODALITY, "CT")
        .put(Tags.PATIENT_ID, "SYNTHETIC-CT")
        .put(Tags.PATIENT_NAME, "Synthetic^Phantom")
        .put(Tags.FRAME_OF_REFERENCE_UID, "2.25.1")
        .put(Tags.INSTANCE_NUMBER, k + 1)
        .put(Tags.ROWS, size)
        .put(Tags.COLUMNS, size)
        .put(Tags.BITS_ALLOCATED, 16)
        .put(Tags.BITS_STORED, 12)
        .put(Tags.PIXEL_REPRESENTATION, 0)
        .put(Tags.PIXEL_SPACING, PIXEL_SPACING_MM, PIXEL_SPACING_MM)
        .put(Tags.IMAGE_ORIENTATION_PATIENT, 1, 0, 0, 0, 1, 0)
        .put(
            Tags.IMAGE_POSITION_PATIENT,
            -PIXEL_SPACING_MM * (size - 1) / 2,
            -PIXEL_SPACING_MM * (size - 1) / 2,
            -200 + k * SLICE_SPACING_MM)
        .put(Tags.SLICE_THICKNESS, SLICE_SPACING_MM)
        .put(Tags.RESCALE_SLOPE, 1)
        .put(Tags.RESCALE_INTERCEPT, -1024)
        .build();
  }

  private static FrameSource frames(int size, int k) {
    return new FrameSource() {
      @Override
      public int frameCount() {
        return 1;
      }

      @Override
      public Frame frame(int index) {
        int[] samples = new int[size * size];
        double c = (size - 1) / 2.0;
        long seed = 0x9E3779B97F4A7C15L * (k + 1);
        for (int j = 0; j < size; j++) {
          double y = (j - c) / (0.35 * size);
          for (int i = 0; i < size; i++) {
            double x = (i - c) / (0.45 * size);
            double r2 = x * x + y * y;
            int hu = r2 > 1 ? -1000 : r2 > 0.1 ? 40 : 300;
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int noise = (int) ((seed >>> 59) - 16); // -16 .. 15
            samples[j * size + i] = Math.clamp(hu + 1024 + noise, 0, 4095);
          }
        }
        return new Frame(size, size, 1, "MONOCHROME2", 12, false, samples);
      }
    };
  }
}
