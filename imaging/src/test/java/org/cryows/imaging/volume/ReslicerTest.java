package org.cryows.imaging.volume;

import static org.cryows.imaging.volume.SyntheticSeries.X;
import static org.cryows.imaging.volume.SyntheticSeries.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReslicerTest {

  /** Stored value 2i + 3j + 5k - 40, rescale 0.5 / -10: physical value linear in the indices. */
  private static double ramp(double i, double j, double k) {
    return 0.5 * (2 * i + 3 * j + 5 * k - 40) - 10;
  }

  private static SyntheticSeries rampSeries(int columns, int rows) {
    return new SyntheticSeries()
        .size(columns, rows)
        .rescale(0.5, -10)
        .pixels((k, i, j) -> 2 * i + 3 * j + 5 * k - 40);
  }

  @Test
  void reslice_axialAtASlicePosition_reproducesThatSliceExactly() throws Exception {
    Random random = new Random(11);
    int[][] values = new int[5][8 * 6];
    for (int[] slice : values) {
      for (int p = 0; p < slice.length; p++) {
        slice[p] = random.nextInt(4000) - 1024;
      }
    }
    SyntheticSeries series =
        SyntheticSeries.axial(5, -30, 2.5).size(8, 6).pixels((k, i, j) -> values[k][j * 8 + i]);
    Volume volume = new VolumeLoader(2).load(series.sources());
    ReslicedImage image =
        new Reslicer(volume, -2000).reslice(ReslicePlane.axial(volume, -30 + 3 * 2.5));
    assertEquals(8, image.columns());
    assertEquals(6, image.rows());
    for (int j = 0; j < 6; j++) {
      for (int i = 0; i < 8; i++) {
        assertEquals(values[3][j * 8 + i], image.value(i, j), 0.0, "pixel " + i + ", " + j);
      }
    }
  }

  @Test
  void interpolate_fractionalPointOnLinearRamp_equalsHandComputedValue() throws Exception {
    Volume volume = new VolumeLoader(1).load(rampSeries(4, 4).sliceAxial(3).sources());
    // 0.5 * (2 * 1.25 + 3 * 2.5 + 5 * 0.75 - 40) - 10 = 0.5 * (2.5 + 7.5 + 3.75 - 40) - 10
    double byHand = 0.5 * (13.75 - 40) - 10;
    assertEquals(-23.125, byHand, 1e-12);
    assertEquals(byHand, volume.interpolate(1.25, 2.5, 0.75, Double.NaN), 1e-9);
    Vector3 p = volume.imageToPatient().apply(1.25, 2.5, 0.75);
    ReslicePlane onePixel = new ReslicePlane(p, X, Y, 1, 1, 1, 1);
    assertEquals(byHand, new Reslicer(volume, Float.NaN).reslice(onePixel).value(0, 0), 1e-4);
  }

  @Test
  void reslice_obliquePlaneThroughRotatedRampVolume_reproducesAnalyticValues() throws Exception {
    // A volume acquired obliquely; its physical value is linear in the voxel index, hence in
    // patient space. The expected value is computed from the plane's points by projecting on the
    // volume's own axes (orthonormal directions: index = offset . direction / spacing).
    double a = Math.toRadians(25);
    Vector3 row = new Vector3(Math.cos(a), 0, -Math.sin(a));
    Vector3 column = new Vector3(0, 1, 0);
    Vector3 normal = row.cross(column);
    Vector3 origin = new Vector3(-4, 3, 10);
    SyntheticSeries series = rampSeries(20, 20).pixelSpacing(0.8, 0.6);
    for (int k = 0; k < 16; k++) {
      series.slice(origin.plus(normal.times(1.5 * k)), row, column);
    }
    Volume volume = new VolumeLoader(2).load(series.sources());
    Vector3 center = volume.imageToPatient().apply(9.5, 9.5, 7.5);
    double b = Math.toRadians(40);
    Vector3 planeRow = new Vector3(Math.cos(b), Math.sin(b), 0);
    // A tilted direction made orthogonal to the row: the plane is oblique to every axis.
    Vector3 tilted = new Vector3(0.3, -0.2, 0.9);
    Vector3 planeColumn = tilted.minus(planeRow.times(tilted.dot(planeRow))).normalized();
    ReslicePlane plane = ReslicePlane.centredOn(center, planeRow, planeColumn, 40, 30, 0.35);
    float outside = -3000;
    ReslicedImage image = new Reslicer(volume, outside).reslice(plane);
    int inside = 0;
    for (int r = 0; r < 30; r++) {
      for (int c = 0; c < 40; c++) {
        Vector3 offset = plane.point_Patient(c, r).minus(origin);
        double i = offset.dot(row) / 0.6;
        double j = offset.dot(column) / 0.8;
        double k = offset.dot(normal) / 1.5;
        boolean in = i >= 0 && i <= 19 && j >= 0 && j <= 19 && k >= 0 && k <= 15;
        if (in) {
          inside++;
          assertEquals(ramp(i, j, k), image.value(c, r), 1e-3, "pixel " + c + ", " + r);
        } else if (i < -1e-3 || i > 19.001 || j < -1e-3 || j > 19.001 || k < -1e-3 || k > 15.001) {
          assertEquals(outside, image.value(c, r), 0.0, "pixel " + c + ", " + r);
        }
      }
    }
    assertEquals(true, inside > 400, "most of the plane lies inside: " + inside);
  }

  @Test
  void reslice_coronalAndSagittal_pickTheExpectedVoxels() throws Exception {
    // Axial volume: x = -10 + 0.5 i, y = -20 + 0.5 j, z = 2 k.
    Volume volume = new VolumeLoader(1).load(rampSeries(6, 5).sliceAxial(4).sources());
    Reslicer reslicer = new Reslicer(volume, Float.NaN);
    ReslicedImage coronal = reslicer.reslice(ReslicePlane.coronal(volume, -20 + 0.5 * 3));
    assertEquals(6, coronal.columns());
    // Head up: image row 0 is the highest slice (k = 3), the last row k = 0.
    assertEquals(ramp(4, 3, 3), coronal.value(4, 0), 1e-4);
    assertEquals(ramp(4, 3, 0), coronal.value(4, coronal.rows() - 1), 1e-4);
    ReslicedImage sagittal = reslicer.reslice(ReslicePlane.sagittal(volume, -10 + 0.5 * 2));
    assertEquals(5, sagittal.columns());
    assertEquals(ramp(2, 1, 3), sagittal.value(1, 0), 1e-4);
  }

  @Test
  void reslice_planeOutsideTheVolume_givesTheOutsideValue() throws Exception {
    Volume volume = new VolumeLoader(1).load(rampSeries(4, 4).sliceAxial(3).sources());
    ReslicePlane above = ReslicePlane.axial(volume, 100);
    ReslicedImage image = new Reslicer(volume, -1024).reslice(above);
    for (float v : image.copyValues()) {
      assertEquals(-1024f, v);
    }
    assertEquals(-7.0, volume.interpolate(-0.5, 0, 0, -7.0));
    assertEquals(-7.0, volume.interpolate(0, 3.01, 0, -7.0));
  }

  @Test
  void reslice_largePlaneSplitOverThreads_matchesThePointwiseInterpolation() throws Exception {
    Volume volume = new VolumeLoader(2).load(rampSeries(30, 30).sliceAxial(10).sources());
    Vector3 center = volume.imageToPatient().apply(14.5, 14.5, 4.5);
    Vector3 row = new Vector3(1, 1, 1).normalized();
    Vector3 column = new Vector3(1, -1, 0).normalized();
    ReslicePlane plane = ReslicePlane.centredOn(center, row, column, 300, 257, 0.05);
    ReslicedImage image = new Reslicer(volume, Float.NaN).reslice(plane);
    PatientToImage toImage = volume.imageToPatient().inverse();
    for (int r = 0; r < 257; r += 16) {
      for (int c = 0; c < 300; c += 13) {
        Vector3 ijk = toImage.apply(plane.point_Patient(c, r));
        assertEquals(
            volume.interpolate(ijk.x(), ijk.y(), ijk.z(), Double.NaN), image.value(c, r), 1e-3);
      }
    }
  }
}
