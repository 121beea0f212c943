package org.cryows.imaging.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.InMemoryDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.pixels.Frame;
import org.cryows.imaging.pixels.FrameSource;

/** Classic CT slices built in memory: one header per slice, frames computed from a formula. */
final class SyntheticSeries {

  /** The stored value of pixel (column i, row j) of slice {@code slice} (input order). */
  interface Pixels {
    int value(int slice, int i, int j);
  }

  private final List<Vector3> positions = new ArrayList<>();
  private final List<double[]> orientations = new ArrayList<>();
  private final List<String> patientIds = new ArrayList<>();
  private final List<String> frameOfReferences = new ArrayList<>();
  private final List<String> lateralities = new ArrayList<>();
  private int columns = 4;
  private int rows = 3;
  private double rowSpacing = 0.5;
  private double columnSpacing = 0.5;
  private Double spacingBetweenSlices;
  private double slope = 1;
  private double intercept = 0;
  private boolean signed = true;
  private Pixels pixels = (k, i, j) -> 100 * k + 10 * j + i;

  SyntheticSeries size(int columns, int rows) {
    this.columns = columns;
    this.rows = rows;
    return this;
  }

  SyntheticSeries pixelSpacing(double rowSpacing, double columnSpacing) {
    this.rowSpacing = rowSpacing;
    this.columnSpacing = columnSpacing;
    return this;
  }

  SyntheticSeries spacingBetweenSlices(double mm) {
    this.spacingBetweenSlices = mm;
    return this;
  }

  SyntheticSeries rescale(double slope, double intercept) {
    this.slope = slope;
    this.intercept = intercept;
    return this;
  }

  SyntheticSeries unsigned() {
    this.signed = false;
    return this;
  }

  SyntheticSeries pixels(Pixels pixels) {
    this.pixels = pixels;
    return this;
  }

  /** Adds a slice at {@code position} with orientation (row direction, column direction). */
  SyntheticSeries slice(Vector3 position, Vector3 row, Vector3 column) {
    positions.add(position);
    orientations.add(new double[] {row.x(), row.y(), row.z(), column.x(), column.y(), column.z()});
    patientIds.add("PAT-1");
    frameOfReferences.add("1.2.3.4");
    lateralities.add("");
    return this;
  }

  SyntheticSeries patientId(int slice, String id) {
    patientIds.set(slice, id);
    return this;
  }

  SyntheticSeries frameOfReference(int slice, String uid) {
    frameOfReferences.set(slice, uid);
    return this;
  }

  SyntheticSeries laterality(int slice, String laterality) {
    lateralities.set(slice, laterality);
    return this;
  }

  List<DicomDataset> headers() {
    List<DicomDataset> headers = new ArrayList<>();
    for (int n = 0; n < positions.size(); n++) {
      Vector3 p = positions.get(n);
      InMemoryDataset.Builder b =
          InMemoryDataset.builder("slice" + n + ".dcm")
              .put(Tags.MODALITY, "CT")
              .put(Tags.PATIENT_ID, patientIds.get(n))
              .put(Tags.PATIENT_NAME, "Test^Patient")
              .put(Tags.FRAME_OF_REFERENCE_UID, frameOfReferences.get(n))
              .put(Tags.INSTANCE_NUMBER, n + 1)
              .put(Tags.ROWS, rows)
              .put(Tags.COLUMNS, columns)
              .put(Tags.BITS_ALLOCATED, 16)
              .put(Tags.BITS_STORED, 16)
              .put(Tags.PIXEL_REPRESENTATION, signed ? 1 : 0)
              .put(Tags.PIXEL_SPACING, rowSpacing, columnSpacing)
              .put(Tags.IMAGE_POSITION_PATIENT, p.x(), p.y(), p.z())
              .put(Tags.IMAGE_ORIENTATION_PATIENT, orientations.get(n))
              .put(Tags.RESCALE_SLOPE, slope)
              .put(Tags.RESCALE_INTERCEPT, intercept);
      if (!lateralities.get(n).isEmpty()) {
        b.put(Tags.LATERALITY, lateralities.get(n));
      }
      if (spacingBetweenSlices != null) {
        b.put(Tags.SPACING_BETWEEN_SLICES, spacingBetweenSlices);
      }
      headers.add(b.build());
    }
    return headers;
  }

  List<SliceSource> sources() {
    List<DicomDataset> headers = headers();
    List<SliceSource> sources = new ArrayList<>();
    for (int n = 0; n < headers.size(); n++) {
      int slice = n;
      IntBinaryOperator value = (i, j) -> pixels.value(slice, i, j);
      sources.add(new SliceSource(headers.get(n), frames(value), 0));
    }
    return sources;
  }

  SeriesGeometry analyze() {
    return SeriesAnalyzer.analyzeHeaders(headers());
  }

  private FrameSource frames(IntBinaryOperator value) {
    int c = columns;
    int r = rows;
    boolean isSigned = signed;
    return new FrameSource() {
      @Override
      public int frameCount() {
        return 1;
      }

      @Override
      public Frame frame(int index) {
        int[] samples = new int[c * r];
        for (int j = 0; j < r; j++) {
          for (int i = 0; i < c; i++) {
            samples[j * c + i] = value.applyAsInt(i, j);
          }
        }
        return new Frame(r, c, 1, "MONOCHROME2", 16, isSigned, samples);
      }
    };
  }

  static final Vector3 X = new Vector3(1, 0, 0);
  static final Vector3 Y = new Vector3(0, 1, 0);
  static final Vector3 Z = new Vector3(0, 0, 1);

  /** Adds {@code count} axial slices at z = 0, 2, 4 ... mm, origin x = -10, y = -20. */
  SyntheticSeries sliceAxial(int count) {
    for (int k = 0; k < count; k++) {
      slice(new Vector3(-10, -20, 2 * k), X, Y);
    }
    return this;
  }

  /** An axial series: rows along +x, columns along +y, slices at z = z0 + k * step. */
  static SyntheticSeries axial(int count, double z0, double step) {
    SyntheticSeries s = new SyntheticSeries();
    for (int k = 0; k < count; k++) {
      s.slice(new Vector3(-10, -20, z0 + k * step), X, Y);
    }
    return s;
  }
}
