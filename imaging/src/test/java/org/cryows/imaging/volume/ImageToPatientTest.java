package org.cryows.imaging.volume;

import static org.cryows.imaging.volume.SliceHeaderReaderTest.assertVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageToPatientTest {

  @Test
  void apply_isOriginPlusIndexTimesSteps_andInverseGoesBack() {
    Vector3 columnStep = new Vector3(0.6, 0.1, 0);
    Vector3 rowStep = new Vector3(-0.05, 0.7, 0.2);
    Vector3 sliceStep = new Vector3(0.3, 0, 2.5); // sheared on purpose
    Vector3 origin = new Vector3(-100, 50, 12);
    ImageToPatient t = ImageToPatient.of(columnStep, rowStep, sliceStep, origin);
    Random random = new Random(3);
    for (int n = 0; n < 20; n++) {
      double i = random.nextDouble() * 512;
      double j = random.nextDouble() * 512;
      double k = random.nextDouble() * 400;
      Vector3 expected =
          origin.plus(columnStep.times(i)).plus(rowStep.times(j)).plus(sliceStep.times(k));
      Vector3 p = t.apply(i, j, k);
      assertVector(expected, p);
      assertVector(new Vector3(i, j, k), t.inverse().apply(p));
    }
    double[][] twice = t.inverse().inverse().toMatrix();
    for (int row = 0; row < 4; row++) {
      for (int c = 0; c < 4; c++) {
        assertEquals(t.get(row, c), twice[row][c], 1e-12);
      }
    }
    assertEquals(2.5, t.get(2, 2));
    assertEquals(1.0, t.toMatrix()[3][3]);
  }

  @Test
  void of_singularGrid_refused() {
    Vector3 x = new Vector3(1, 0, 0);
    assertThrows(
        IllegalArgumentException.class,
        () -> ImageToPatient.of(x, x.times(2), new Vector3(0, 0, 1), Vector3.ZERO));
  }
}
