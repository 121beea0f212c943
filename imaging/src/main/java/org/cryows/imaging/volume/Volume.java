package org.cryows.imaging.volume;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.pixels.VoiAttributes;

/**
 * A voxel volume: 16-bit stored values in a few large arrays (2 bytes a voxel, nothing boxed), the
 * rescale that turns them into physical values (HU for CT), the series' display attributes (window
 * presets, VOI LUT, MONOCHROME1) for its reslices, and the grid's place in the patient. Immutable
 * after loading; safe to read from several threads.
 *
 * <p>Unsigned 16-bit stored values are kept shifted by 32768 so every voxel fits a Java short; the
 * shift is folded into the internal intercept and never visible outside.
 */
public final class Volume {

  private final VoxelStore voxels; // slice k, index j * columns + i
  private final int columns;
  private final int rows;
  private final int storedOffset;
  private final double rescaleSlope;
  private final double rescaleIntercept;
  private final SeriesGeometry geometry;
  private final ImageToPatient imageToPatient;
  private final VoiAttributes display;
  private final boolean monochrome1;

  Volume(
      VoxelStore voxels,
      int columns,
      int rows,
      int storedOffset,
      double rescaleSlope,
      double rescaleIntercept,
      SeriesGeometry geometry) {
    this(
        voxels,
        columns,
        rows,
        storedOffset,
        rescaleSlope,
        rescaleIntercept,
        geometry,
        new VoiAttributes(List.of(), Optional.empty(), List.of()),
        false);
  }

  Volume(
      VoxelStore voxels,
      int columns,
      int rows,
      int storedOffset,
      double rescaleSlope,
      double rescaleIntercept,
      SeriesGeometry geometry,
      VoiAttributes display,
      boolean monochrome1) {
    Objects.requireNonNull(geometry);
    Objects.requireNonNull(display);
    if (voxels.slices() != geometry.slices()
        || columns != geometry.columns()
        || rows != geometry.rows()
        || voxels.sliceSize() != columns * rows) {
      throw new IllegalArgumentException("the voxel arrays do not match the grid");
    }
    this.voxels = voxels;
    this.columns = columns;
    this.rows = rows;
    this.storedOffset = storedOffset;
    this.rescaleSlope = rescaleSlope;
    this.rescaleIntercept = rescaleIntercept;
    this.geometry = geometry;
    this.imageToPatient = geometry.imageToPatient();
    this.display = display;
    this.monochrome1 = monochrome1;
  }

  /**
   * The series' window presets and VOI LUT (those of its first slice, the invalid ones left out
   * with a warning in {@code problems()}), for showing its reslices.
   */
  public VoiAttributes display() {
    return display;
  }

  /** MONOCHROME1 slices: the lowest values are shown white. */
  public boolean monochrome1() {
    return monochrome1;
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int slices() {
    return voxels.slices();
  }

  public double rescaleSlope() {
    return rescaleSlope;
  }

  public double rescaleIntercept() {
    return rescaleIntercept;
  }

  /** How the slices were sorted and spaced, and the problems found. */
  public SeriesGeometry geometry() {
    return geometry;
  }

  public ImageToPatient imageToPatient() {
    return imageToPatient;
  }

  /** The stored value of voxel (column i, row j, slice k), as in the file. */
  public int storedValue(int i, int j, int k) {
    return voxels.get(k, index(i, j)) + storedOffset;
  }

  /** The physical value (stored value times slope plus intercept) of voxel (i, j, k). */
  public double value(int i, int j, int k) {
    return rescaleSlope * storedValue(i, j, k) + rescaleIntercept;
  }

  /**
   * The trilinear interpolation of the physical value at the fractional voxel index (i, j, k), or
   * {@code outsideValue} when the point lies outside the grid of voxel centres.
   */
  public double interpolate(double i, double j, double k, double outsideValue) {
    double e = Reslicer.EDGE_TOLERANCE;
    if (!(i >= -e && i <= columns - 1 + e && j >= -e && j <= rows - 1 + e)
        || !(k >= -e && k <= voxels.slices() - 1 + e)) {
      return outsideValue;
    }
    int i0 = Math.min((int) Math.max(i, 0), Math.max(columns - 2, 0));
    int j0 = Math.min((int) Math.max(j, 0), Math.max(rows - 2, 0));
    int k0 = Math.min((int) Math.max(k, 0), Math.max(voxels.slices() - 2, 0));
    int i1 = Math.min(i0 + 1, columns - 1);
    int j1 = Math.min(j0 + 1, rows - 1);
    int k1 = Math.min(k0 + 1, voxels.slices() - 1);
    double fi = i - i0;
    double fj = j - j0;
    double fk = k - k0;
    double a0 = lerp(voxels.get(k0, index(i0, j0)), voxels.get(k0, index(i1, j0)), fi);
    double a1 = lerp(voxels.get(k0, index(i0, j1)), voxels.get(k0, index(i1, j1)), fi);
    double b0 = lerp(voxels.get(k1, index(i0, j0)), voxels.get(k1, index(i1, j0)), fi);
    double b1 = lerp(voxels.get(k1, index(i0, j1)), voxels.get(k1, index(i1, j1)), fi);
    double stored = lerp(lerp(a0, a1, fj), lerp(b0, b1, fj), fk) + storedOffset;
    return rescaleSlope * stored + rescaleIntercept;
  }

  /** The size of the voxel values alone: columns x rows x slices x 2 bytes. */
  public long rawBytes() {
    return voxels.rawBytes();
  }

  /** The voxel arrays, for the reslicer of this package; never handed out. */
  VoxelStore voxels() {
    return voxels;
  }

  /** The intercept that applies to the internal (possibly shifted) short values. */
  double internalIntercept() {
    return rescaleIntercept + rescaleSlope * storedOffset;
  }

  private int index(int i, int j) {
    if (i < 0 || i >= columns || j < 0 || j >= rows) {
      throw new IndexOutOfBoundsException(
          "voxel (" + i + ", " + j + ") of " + columns + " x " + rows);
    }
    return j * columns + i;
  }

  private static double lerp(double from, double to, double t) {
    return from + t * (to - from);
  }

  @Override
  public String toString() {
    return "Volume["
        + columns
        + " x "
        + rows
        + " x "
        + voxels.slices()
        + ", "
        + imageToPatient
        + "]";
  }
}
