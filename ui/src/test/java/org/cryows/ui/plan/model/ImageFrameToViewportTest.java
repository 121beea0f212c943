package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.viewer.model.ImageToViewport;
import org.junit.jupiter.api.Test;

/**
 * The ultrasound plan's image frame on the viewer: the knee sample's region (top left pixel at
 * column 24, row 16; 0.1 mm pixels), shown at 1.25 screen pixels per image pixel.
 */
class ImageFrameToViewportTest {

  private final ImageToViewport shown = new ImageToViewport(1.25, 1.25, 30, 12);
  private final ImageFrameToViewport planToViewport =
      new ImageFrameToViewport(shown, 24, 16, 0.1, 0.1);

  @Test
  void thePlansOriginIsTheCentreOfTheRegionsTopLeftPixel() {
    ViewportPoint origin = planToViewport.apply(Vector3.ZERO);
    assertEquals(shown.viewportX(24), origin.x(), 1e-9);
    assertEquals(shown.viewportY(16), origin.y(), 1e-9);
  }

  @Test
  void millimetresAreTheRegionsPixelsTimesTheirSize() {
    // truth.json's nerve centre on frame 1: pixel column 24 + 223, row 16 + 127.9.
    ViewportPoint nerve = planToViewport.apply(new Vector3(22.3, 12.79, 0));
    assertEquals(shown.viewportX(247), nerve.x(), 1e-9);
    assertEquals(shown.viewportY(143.9), nerve.y(), 1e-9);
    assertEquals(12.5, planToViewport.pixelsPerMm(), 1e-12);
  }

  @Test
  void theInverseGivesThePointBackOnTheImagePlane() {
    Random random = new Random(15);
    for (int i = 0; i < 1000; i++) {
      Vector3 p = new Vector3(random.nextDouble() * 38, random.nextDouble() * 35, 0);
      Vector3 back = planToViewport.inverse(planToViewport.apply(p));
      assertEquals(p.x(), back.x(), 1e-9);
      assertEquals(p.y(), back.y(), 1e-9);
      assertEquals(0, back.z());
    }
  }
}
