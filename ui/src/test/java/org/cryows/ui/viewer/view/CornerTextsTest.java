package org.cryows.ui.viewer.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The two texts of an image's edge share its width so that they never cover each other. */
class CornerTextsTest {

  @Test
  void bothKeepTheirWidthsWhileTheyFit() {
    assertArrayEquals(new double[] {200, 150}, CornerTexts.share(200, 150, 400), 1e-9);
    assertArrayEquals(new double[] {0, 300}, CornerTexts.share(0, 300, 300), 1e-9);
  }

  @Test
  void theNarrowerKeepsItsOwnAndTheWiderGetsTheRest() {
    // The window text (260 px) and the calibration text (370 px) on a 540 px edge.
    assertArrayEquals(new double[] {260, 264}, CornerTexts.share(260, 370, 540), 1e-9);
    assertArrayEquals(new double[] {274, 250}, CornerTexts.share(400, 250, 540), 1e-9);
    assertArrayEquals(new double[] {262, 262}, CornerTexts.share(400, 300, 540), 1e-9);
  }

  @Test
  void neverMoreThanTheEdgeLessTheGap_andNeverNegative() {
    Random random = new Random(15);
    for (int i = 0; i < 10_000; i++) {
      double left = random.nextDouble() * 800;
      double right = random.nextDouble() * 800;
      double room = random.nextDouble() * 900;
      double[] w = CornerTexts.share(left, right, room);
      assertTrue(w[0] >= 0 && w[1] >= 0);
      assertTrue(w[0] <= left + 1e-9 && w[1] <= right + 1e-9, "no text wider than it is");
      assertTrue(w[0] + w[1] + CornerTexts.GAP <= Math.max(room, CornerTexts.GAP) + 1e-9);
    }
  }
}
