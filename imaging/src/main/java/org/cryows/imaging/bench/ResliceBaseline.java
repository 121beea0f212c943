package org.cryows.imaging.bench;

import org.cryows.imaging.volume.PatientToImage;
import org.cryows.imaging.volume.ReslicePlane;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.Volume;

/**
 * The straightforward reslice the benchmark compares against: every output pixel's patient point is
 * computed, then mapped to voxel indices by the full matrix product, then interpolated, on one
 * thread, with the small objects that implies.
 */
public final class ResliceBaseline {

  private ResliceBaseline() {}

  public static void resliceInto(Volume volume, ReslicePlane plane, float outside, float[] into) {
    PatientToImage toImage = volume.imageToPatient().inverse();
    for (int r = 0; r < plane.rows(); r++) {
      for (int c = 0; c < plane.columns(); c++) {
        Vector3 ijk = toImage.apply(plane.point_Patient(c, r));
        into[r * plane.columns() + c] =
            (float) volume.interpolate(ijk.x(), ijk.y(), ijk.z(), outside);
      }
    }
  }
}
