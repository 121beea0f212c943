package org.cryows.ui.planes.model;

import java.util.ArrayList;
import java.util.List;
import org.cryows.imaging.volume.ImageToPatient;
import org.cryows.imaging.volume.PatientToImage;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;

/**
 * A volume's grid of voxel centres in the patient: the unit direction, spacing and count along each
 * index axis (0: column i, 1: row j, 2: slice k), through the volume's {@link ImageToPatient}.
 */
public final class VolumeGrid {

  private final ImageToPatient imageToPatient;
  private final PatientToImage patientToImage;
  private final int[] counts;

  public VolumeGrid(ImageToPatient imageToPatient, int columns, int rows, int slices) {
    this.imageToPatient = imageToPatient;
    this.patientToImage = imageToPatient.inverse();
    this.counts = new int[] {columns, rows, slices};
  }

  public static VolumeGrid of(Volume volume) {
    return new VolumeGrid(
        volume.imageToPatient(), volume.columns(), volume.rows(), volume.slices());
  }

  public ImageToPatient imageToPatient() {
    return imageToPatient;
  }

  /** The unit direction in which index {@code axis} grows. */
  public Vector3 axis(int axis) {
    return step(axis).normalized();
  }

  /** The distance between voxel centres along index {@code axis}, in mm. */
  public double spacingMm(int axis) {
    return step(axis).length();
  }

  /** How many voxels along index {@code axis}. */
  public int count(int axis) {
    return counts[axis];
  }

  private Vector3 step(int axis) {
    return switch (axis) {
      case 0 -> imageToPatient.columnStep();
      case 1 -> imageToPatient.rowStep();
      case 2 -> imageToPatient.sliceStep();
      default -> throw new IllegalArgumentException("axis 0, 1 or 2, not " + axis);
    };
  }

  /** The patient point of voxel index (i, j, k), fractional indices allowed. */
  public Vector3 point(Vector3 index) {
    return imageToPatient.apply(index.x(), index.y(), index.z());
  }

  /** The fractional voxel index (i, j, k) of a patient point. */
  public Vector3 index(Vector3 point_Patient) {
    return patientToImage.apply(point_Patient);
  }

  /** The voxel index nearest the point, each index kept inside the grid. */
  public Vector3 nearestVoxel(Vector3 point_Patient) {
    Vector3 index = index(point_Patient);
    return new Vector3(
        Math.clamp(Math.round(index.x()), 0, counts[0] - 1),
        Math.clamp(Math.round(index.y()), 0, counts[1] - 1),
        Math.clamp(Math.round(index.z()), 0, counts[2] - 1));
  }

  /** The centre of the grid. */
  public Vector3 centre_Patient() {
    return imageToPatient.apply(
        (counts[0] - 1) / 2.0, (counts[1] - 1) / 2.0, (counts[2] - 1) / 2.0);
  }

  /** The eight corner voxel centres. */
  public List<Vector3> corners_Patient() {
    List<Vector3> corners = new ArrayList<>(8);
    for (int c = 0; c < 8; c++) {
      corners.add(
          imageToPatient.apply(
              (c & 1) == 0 ? 0 : counts[0] - 1,
              (c & 2) == 0 ? 0 : counts[1] - 1,
              (c & 4) == 0 ? 0 : counts[2] - 1));
    }
    return corners;
  }

  /** The smallest of the three spacings. */
  public double finestSpacingMm() {
    return Math.min(spacingMm(0), Math.min(spacingMm(1), spacingMm(2)));
  }
}
