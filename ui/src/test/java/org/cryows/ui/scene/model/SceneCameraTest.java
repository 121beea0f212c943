package org.cryows.ui.scene.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.cryows.imaging.volume.Vector3;
import org.junit.jupiter.api.Test;

/** The 3-D camera's mouse gestures, as a radiologist expects them to turn the patient. */
class SceneCameraTest {

  private static final SceneBounds BOX =
      SceneBounds.around(List.of(new Vector3(-50, -40, -60), new Vector3(50, 40, 60)));

  @Test
  void anterior_facesThePatientWithTheLeftOnTheRightAndTheHeadUp() {
    SceneCamera camera = SceneCamera.anterior(BOX, 30);
    assertArrayEquals(new double[] {1, 0}, camera.screenDirection(new Vector3(1, 0, 0)), 1e-12);
    assertArrayEquals(new double[] {0, 1}, camera.screenDirection(new Vector3(0, 0, 1)), 1e-12);
    assertEquals(
        -1, camera.position_Patient().minus(camera.focal_Patient()).normalized().y(), 1e-12);
    assertEquals(BOX.centre(), camera.focal_Patient());
  }

  @Test
  void anterior_inAWideView_fitsTheBoxsFrontFaceWithRoomAround() {
    double aspect = 660.0 / 290;
    SceneCamera camera = SceneCamera.anterior(BOX, 30, aspect);
    double tan = Math.tan(Math.toRadians(15));
    double toFront = camera.distanceMm() - 40; // the front face is 40 mm before the centre
    // The box is 100 mm wide and 120 mm high: its height limits the view; 80 % of it is filled.
    assertEquals(60 / (toFront * tan), 0.8, 1e-9, "height filled");
    assertTrue(50 / (toFront * tan * aspect) < 0.8, "width has room");
    SceneCamera square = SceneCamera.anterior(BOX, 30, 0.5);
    assertEquals(50 / ((square.distanceMm() - 40) * tan * 0.5), 0.8, 1e-9, "a narrow view: width");
  }

  @Test
  void dragRight_turnsThePatientSoItsRightSideComesToTheFront() {
    SceneCamera front = SceneCamera.anterior(BOX, 30);
    SceneCamera turned = front.orbit(90 / SceneCamera.DEGREES_PER_PIXEL, 0);
    // The eye has gone round to the patient's right: the front (anterior) is now on screen right.
    Vector3 eye = turned.position_Patient().minus(turned.focal_Patient()).normalized();
    assertEquals(-1, eye.x(), 1e-9, "the eye is on the patient's right");
    assertArrayEquals(new double[] {1, 0}, turned.screenDirection(new Vector3(0, -1, 0)), 1e-9);
    assertEquals(front.distanceMm(), turned.distanceMm());
  }

  @Test
  void dragDown_tipsTheHeadTowardsTheViewer() {
    SceneCamera turned = SceneCamera.anterior(BOX, 30).orbit(0, 45 / SceneCamera.DEGREES_PER_PIXEL);
    Vector3 eye = turned.position_Patient().minus(turned.focal_Patient()).normalized();
    assertEquals(Math.sqrt(0.5), eye.z(), 1e-9, "the eye rises over the head");
  }

  @Test
  void anyDrags_keepTheCameraOrthonormal_andPanMovesTheFocusAcross() {
    Random random = new Random(7);
    SceneCamera camera = SceneCamera.anterior(BOX, 30);
    for (int i = 0; i < 2000; i++) {
      camera = camera.orbit(random.nextGaussian() * 40, random.nextGaussian() * 40);
    }
    assertEquals(1, camera.direction().length(), 1e-9);
    assertEquals(1, camera.up().length(), 1e-9);
    assertEquals(0, camera.direction().dot(camera.up()), 1e-9);
    SceneCamera panned = camera.pan(100, 0, 400);
    Vector3 moved = panned.focal_Patient().minus(camera.focal_Patient());
    assertEquals(-moved.length(), moved.dot(camera.right()), 1e-9, "the scene follows the mouse");
    assertEquals(camera.distanceMm() / 1.5, camera.dolly(1.5).distanceMm(), 1e-9);
  }
}
