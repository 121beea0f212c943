package org.cryows.ui.scene.model;

import java.util.Arrays;
import java.util.Objects;
import org.cryows.imaging.volume.Vector3;

/**
 * A 2-D image placed in the patient: an ultrasound frame when the probe's position is known (its
 * image plane in patient coordinates), or any picture of a plane. Its first pixel's outer corner is
 * at {@code topLeft_Patient}; rows run along {@code right}, columns down {@code down}.
 */
public final class ImageInSpace {
  private final Vector3 topLeft_Patient;
  private final Vector3 right;
  private final Vector3 down;
  private final double widthMm;
  private final double heightMm;
  private final int columns;
  private final int rows;
  private final int[] argb;

  public ImageInSpace(
      Vector3 topLeft_Patient,
      Vector3 right,
      Vector3 down,
      double widthMm,
      double heightMm,
      int columns,
      int rows,
      int[] argb) {
    this.topLeft_Patient = Objects.requireNonNull(topLeft_Patient, "topLeft_Patient");
    this.right = right.normalized();
    this.down = down.normalized();
    if (Math.abs(this.right.dot(this.down)) > 1e-6) {
      throw new IllegalArgumentException("an image's directions are orthogonal");
    }
    if (!(widthMm > 0 && heightMm > 0) || columns < 1 || rows < 1) {
      throw new IllegalArgumentException("an image has a positive size");
    }
    if (argb.length != columns * rows) {
      throw new IllegalArgumentException(argb.length + " pixels for " + columns + " x " + rows);
    }
    this.widthMm = widthMm;
    this.heightMm = heightMm;
    this.columns = columns;
    this.rows = rows;
    this.argb = argb.clone();
  }

  public Vector3 topLeft_Patient() {
    return topLeft_Patient;
  }

  public Vector3 right() {
    return right;
  }

  public Vector3 down() {
    return down;
  }

  public double widthMm() {
    return widthMm;
  }

  public double heightMm() {
    return heightMm;
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public int argbAt(int x, int y) {
    return argb[y * columns + x];
  }

  /** The pixels, a copy. */
  public int[] copyArgb() {
    return argb.clone();
  }

  /** The four corners: top left, top right, bottom right, bottom left. */
  public java.util.List<Vector3> corners_Patient() {
    Vector3 across = right.times(widthMm);
    Vector3 downward = down.times(heightMm);
    return java.util.List.of(
        topLeft_Patient,
        topLeft_Patient.plus(across),
        topLeft_Patient.plus(across).plus(downward),
        topLeft_Patient.plus(downward));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageInSpace i
        && topLeft_Patient.equals(i.topLeft_Patient)
        && right.equals(i.right)
        && down.equals(i.down)
        && widthMm == i.widthMm
        && heightMm == i.heightMm
        && columns == i.columns
        && rows == i.rows
        && Arrays.equals(argb, i.argb);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topLeft_Patient, right, down, widthMm, heightMm, columns, rows)
        + 31 * Arrays.hashCode(argb);
  }
}
