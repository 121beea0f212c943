package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.cryows.imaging.volume.Vector3;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.Display;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.plan.model.PlanDisplay;
import org.cryows.ui.planes.model.LoadedVolume;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewSnapshot;
import org.cryows.ui.planes.model.PlaneViewport;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;
import org.cryows.ui.planes.model.PlanesSnapshot;
import org.cryows.ui.scene.model.SceneFrame;
import org.cryows.ui.scene.model.SceneSnapshot;
import org.cryows.ui.vtk.VtkSceneRenderers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The planes and the 3-D view in the real window, driven as a radiologist drives them: the samples'
 * CT knee phantom opened as a folder, the wheel and Page Down through the slices, a click that
 * moves the crosshair, a drag that turns the 3-D view; the tilted prostate MR's native slices; a
 * volume imaging refuses; and the window without VTK. Screenshots under target/screenshots.
 */
class PlanesWindowTest {
  private final FxRobot robot = new FxRobot();
  private WindowHarness window;

  @AfterEach
  void tearDown() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  private void openKnee() throws Exception {
    window.open(SampleLibrary.forTests().resolve("ct-knee"));
    window.waitSettled(Duration.ofSeconds(60));
  }

  @Test
  void ctKnee_opensInPlanes_scrollsMovesTheCrosshairAndTurnsIn3d() throws Exception {
    Display.require();
    window = new WindowHarness();
    openKnee();
    assertEquals(PlanDisplay.PLANES, window.workstation.plan().display());
    assertTrue(robot.lookup("#planes").query().isVisible());
    // The letters a radiologist checks first, from the series' direction cosines.
    assertEquals(List.of("R", "L", "A", "P"), letters(PlaneKind.AXIAL));
    assertEquals(List.of("R", "L", "S", "I"), letters(PlaneKind.CORONAL));
    assertEquals(List.of("A", "P", "S", "I"), letters(PlaneKind.SAGITTAL));
    assertEquals("Axial · as acquired", label("#plane-axial-title"));
    assertEquals("Slice 61 / 120", label("#plane-axial-position"));
    assertTrue(
        window
            .workstation
            .window()
            .statusTexts()
            .get(1)
            .startsWith("Volume: CT 320 x 320 x 120 voxels"));
    SceneSnapshot scene = window.workstation.scene().snapshot();
    assertEquals(SceneSnapshot.Availability.AVAILABLE, scene.availability(), scene.note());
    SceneFrame first = window.workstation.sceneView().drawnFrame();
    assertNotNull(first, "the 3-D view drew the knee");
    assertTrue(first.triangles() > 10_000, "bone and skin surfaces: " + first.triangles());
    assertTrue(label("#scene-note").startsWith("VTK 9."), label("#scene-note"));
    window.screenshot("planes-knee-opened");

    // The wheel over the axial view: one slice (which way depends on the platform's wheel).
    Vector3 start = crosshair();
    robot.moveTo(centreOf("#plane-axial-view")).scroll(1, VerticalDirection.DOWN);
    window.waitSettled(Duration.ofSeconds(20));
    double movedMm = crosshair().z() - start.z();
    assertEquals(1, Math.abs(movedMm), 1e-6, "one 1 mm slice");
    assertEquals(
        String.format("Slice %d / 120", 61 + (int) Math.round(movedMm)),
        label("#plane-axial-position"));
    // Page Down: the next slice of the view under the pointer, into the screen (up the leg).
    double before = crosshair().z();
    robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
    window.waitSettled(Duration.ofSeconds(20));
    assertEquals(before + 1, crosshair().z(), 1e-6, "Page Down: one slice towards the head");
    window.screenshot("planes-knee-scrolled");

    // A click in the coronal view puts the crosshair there; every view follows.
    PlanesSnapshot s = planes();
    ScreenPoint c = s.view(PlaneKind.CORONAL).crosshair();
    double x = Math.floor(c.x()) + 40.5;
    double y = Math.floor(c.y()) - 25.5;
    robot.clickOn(window.screenPointIn(robot, "#plane-coronal-view", x, y), MouseButton.PRIMARY);
    window.waitSettled(Duration.ofSeconds(20));
    PlanesSnapshot clicked = planes();
    PlaneViewport coronal = clicked.view(PlaneKind.CORONAL).viewport();
    LoadedVolume volume = window.workstation.planes().loaded().orElseThrow();
    Vector3 aimed = coronal.patientAt(x, y);
    Vector3 voxel = clicked.crosshair_Patient();
    assertTrue(
        aimed.minus(voxel).length() <= volume.grid().spacingMm(0) + 2 * coronal.mmPerPixel() + 1e-6,
        "the crosshair " + voxel + " is the voxel under the click " + aimed);
    assertNotEquals(s.crosshair_Patient(), clicked.crosshair_Patient());
    assertCrosshairTheSameEverywhere(clicked, volume);
    window.screenshot("planes-knee-crosshair-moved");
    assertLinesDrawnThroughTheCrosshair(clicked);

    // A left drag turns the knee in 3-D: a new picture from another side.
    Point2D centre = centreOf("#scene-view");
    robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0);
    robot.release(MouseButton.PRIMARY);
    window.waitSettled(Duration.ofSeconds(30));
    SceneSnapshot turned = window.workstation.scene().snapshot();
    assertNotEquals(scene.camera(), turned.camera());
    SceneFrame after = window.workstation.sceneView().drawnFrame();
    assertTrue(after.request() > first.request());
    assertTrue(differing(first, after) > 0.02, "the picture changed: " + differing(first, after));
    window.screenshot("planes-knee-3d-turned");
    robot.clickOn("#scene-reset");
    window.waitSettled(Duration.ofSeconds(30));
    assertEquals(
        scene.camera(), window.workstation.scene().snapshot().camera(), "reset: the front again");

    // The skin switched off in the legend: the bones alone.
    robot.clickOn("#scene-surface-skin-300-hu");
    window.waitSettled(Duration.ofSeconds(30));
    assertTrue(window.workstation.scene().hiddenSurfaces().contains("Skin (-300 HU)"));
    assertTrue(
        window.workstation.sceneView().drawnFrame().triangles() < first.triangles(),
        "fewer triangles without the skin");
    window.screenshot("planes-knee-bone-only");

    String json = DemoReport.describe(window.workstation, Path.of("x.png"), true, null);
    JsonNode report = new ObjectMapper().readTree(json);
    assertEquals(
        "[\"axial\",\"coronal\",\"sagittal\",\"oblique\",\"3d\"]", "" + report.get("views"));
    assertTrue(report.get("vtk").asBoolean());
  }

  @Test
  void overlayInPatientCoordinates_isDrawnWhereEachViewShowsThePoint() throws Exception {
    window = new WindowHarness();
    openKnee();
    // A later layer's mark 12 mm to the patient's left of the crosshair: it lies in the axial,
    // coronal and oblique planes (all hold the left-right line through the crosshair), not the
    // sagittal one.
    Vector3 mark = crosshair().plus(new Vector3(12, 0, 0));
    List<PlaneKind> drawnIn = new java.util.concurrent.CopyOnWriteArrayList<>();
    WindowHarness.onFx(
        () -> {
          window
              .workstation
              .planesView()
              .addOverlay(
                  (g, view, viewport) -> {
                    if (Math.abs(viewport.depthMm(mark)) > 0.5) {
                      return;
                    }
                    drawnIn.add(view);
                    ScreenPoint p = viewport.screenOf(mark);
                    g.setFill(javafx.scene.paint.Color.rgb(60, 200, 90));
                    g.fillRect(p.x() - 4, p.y() - 4, 8, 8);
                  });
          return null;
        });
    window.waitSettled(Duration.ofSeconds(10));
    assertTrue(drawnIn.containsAll(List.of(PlaneKind.AXIAL, PlaneKind.CORONAL, PlaneKind.OBLIQUE)));
    assertFalse(drawnIn.contains(PlaneKind.SAGITTAL), "12 mm off the sagittal plane");
    BufferedImage shot = ImageIO.read(window.screenshot("planes-knee-overlay").toFile());
    PlanesSnapshot s = planes();
    for (PlaneKind kind : List.of(PlaneKind.AXIAL, PlaneKind.CORONAL, PlaneKind.OBLIQUE)) {
      ScreenPoint p = s.view(kind).viewport().screenOf(mark);
      ScreenPoint c = s.view(kind).crosshair();
      // 12 mm to the left is to the right on screen, in every one of these views.
      assertTrue(p.x() > c.x() + 5, kind + ": " + p + " right of " + c);
      Node layer = robot.lookup("#plane-" + kind.id() + "-view").query();
      Point2D at = WindowHarness.onFx(() -> layer.localToScene(p.x(), p.y()));
      int rgb = shot.getRGB((int) at.getX(), (int) at.getY()) & 0xFFFFFF;
      assertTrue(close(rgb, 0x3CC85A), kind + ": the mark is drawn at " + at + ", found " + rgb);
    }
  }

  @Test
  void tiltedProstateMr_axialViewShowsTheAcquiredSlicesWithTheTiltInItsLetters() throws Exception {
    window = new WindowHarness();
    window.open(SharedTestData.dicom("mr/prostate_adc_20slices"));
    window.waitSettled(Duration.ofSeconds(60));
    assertEquals(PlanDisplay.PLANES, window.workstation.plan().display());
    assertEquals("Axial · as acquired, 10° tilt", label("#plane-axial-title"));
    assertEquals(List.of("R", "L", "AI", "PS"), letters(PlaneKind.AXIAL));
    assertTrue(planes().view(PlaneKind.AXIAL).nativeSlices());
    assertFalse(planes().view(PlaneKind.CORONAL).nativeSlices());
    assertEquals("Slice 11 / 20", label("#plane-axial-position"));
    assertCrosshairTheSameEverywhere(planes(), window.workstation.planes().loaded().orElseThrow());
    window.screenshot("planes-prostate-mr");
  }

  @Test
  void refusedVolume_showsTheImagesAndSaysWhyThereAreNoPlanes() throws Exception {
    window = new WindowHarness();
    window.open(SharedTestData.dicom("mr/MOVEKNEE_enhancedMR_knee_19frames.dcm"));
    window.waitSettled(Duration.ofSeconds(60));
    assertEquals(PlanDisplay.IMAGES, window.workstation.plan().display());
    String note = label("#plan-display-note");
    assertTrue(note.startsWith("No planes for "), note);
    assertTrue(note.contains("share a position"), note);
    assertTrue(robot.lookup("#plan-display-planes").queryAs(ToggleButton.class).isDisabled());
    assertTrue(robot.lookup("#viewer-image").query().isVisible(), "the images are shown");
    window.screenshot("planes-refused-moveknee");
  }

  @Test
  void withoutVtk_thePlanesWorkAndThe3dViewSaysWhy(@TempDir Path noVtk) throws Exception {
    window = new WindowHarness(VtkSceneRenderers.inDirectory(noVtk));
    openKnee();
    assertEquals(PlanDisplay.PLANES, window.workstation.plan().display());
    String message = label("#scene-message");
    assertTrue(message.startsWith("3-D view not available: "), message);
    assertTrue(
        message.contains("VTK's Java libraries are not in " + noVtk)
            || message.contains("X display"),
        message);
    assertTrue(message.endsWith("The planes work without it."), message);
    assertTrue(robot.lookup("#scene-message").query().isVisible());
    // The planes go on: the wheel still moves through the slices.
    Vector3 start = crosshair();
    robot.moveTo(centreOf("#plane-sagittal-view")).scroll(1, VerticalDirection.DOWN);
    window.waitSettled(Duration.ofSeconds(20));
    assertEquals(0.5, Math.abs(crosshair().x() - start.x()), 1e-6, "one 0.5 mm sagittal slice");
    window.screenshot("planes-knee-without-vtk");
    JsonNode report =
        new ObjectMapper()
            .readTree(DemoReport.describe(window.workstation, Path.of("x.png"), true, null));
    assertFalse(report.get("vtk").asBoolean());
    assertEquals("[\"axial\",\"coronal\",\"sagittal\",\"oblique\"]", "" + report.get("views"));
  }

  // ------------------------------------------------------------------ helpers

  private PlanesSnapshot planes() {
    return window.workstation.planes().snapshot();
  }

  private Vector3 crosshair() {
    return planes().crosshair_Patient();
  }

  /**
   * The acceptance check: the pixel under the crosshair shows the same patient point in every view,
   * the crosshair's voxel as the volume's ImageToPatient places it.
   */
  private static void assertCrosshairTheSameEverywhere(PlanesSnapshot s, LoadedVolume volume) {
    Vector3 p = s.crosshair_Patient();
    Vector3 index = volume.grid().index(p);
    Vector3 voxel =
        volume
            .volume()
            .imageToPatient()
            .apply(Math.rint(index.x()), Math.rint(index.y()), Math.rint(index.z()));
    assertEquals(0, voxel.minus(p).length(), 1e-6, "the crosshair is a voxel centre");
    for (PlaneKind kind : PlaneKind.values()) {
      PlaneViewSnapshot view = s.view(kind);
      ScreenPoint at = view.crosshair();
      Vector3 shown = view.viewport().patientAt(at.x(), at.y());
      assertEquals(0, shown.minus(p).length(), 1e-6, kind + " shows the crosshair's point there");
      int px = (int) Math.floor(at.x());
      int py = (int) Math.floor(at.y());
      Vector3 pixelCentre = view.viewport().reslicePlane().point_Patient(px, py);
      assertTrue(
          pixelCentre.minus(p).length() <= view.viewport().mmPerPixel() * Math.sqrt(0.5) + 1e-9,
          kind + ": the pixel under the crosshair holds it");
      assertTrue(view.imageCurrent(), kind + " picture drawn for this crosshair");
    }
  }

  /** In the saved screenshot, each view shows the other views' lines in their colours. */
  private void assertLinesDrawnThroughTheCrosshair(PlanesSnapshot s) throws Exception {
    BufferedImage shot = ImageIO.read(window.screenshot("planes-knee-lines").toFile());
    record Expect(PlaneKind in, double dx, double dy, int rgb) {}
    // Axial: the sagittal line runs up and down (teal); coronal: the sagittal line up and down;
    // sagittal: the coronal line up and down (yellow).
    List<Expect> expected = new ArrayList<>();
    expected.add(new Expect(PlaneKind.AXIAL, 0, -20, 0x4CC3C9));
    expected.add(new Expect(PlaneKind.CORONAL, 0, 20, 0x4CC3C9));
    expected.add(new Expect(PlaneKind.SAGITTAL, 0, -20, 0xE8D44D));
    for (Expect e : expected) {
      ScreenPoint c = s.view(e.in()).crosshair();
      Node layer = robot.lookup("#plane-" + e.in().id() + "-view").query();
      Point2D at = WindowHarness.onFx(() -> layer.localToScene(c.x() + e.dx(), c.y() + e.dy()));
      int found = -1;
      for (int d = -2; d <= 2 && found < 0; d++) {
        int rgb = shot.getRGB((int) at.getX() + d, (int) at.getY()) & 0xFFFFFF;
        if (close(rgb, e.rgb())) {
          found = rgb;
        }
      }
      assertTrue(found >= 0, e + ": the line is drawn at " + at);
    }
  }

  private static boolean close(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 40) {
        return false;
      }
    }
    return true;
  }

  private List<String> letters(PlaneKind kind) {
    String id = "#plane-" + kind.id() + "-";
    return List.of(
        label(id + "left"), label(id + "right"), label(id + "top"), label(id + "bottom"));
  }

  private Point2D centreOf(String query) {
    var bounds = window.screenBoundsOf(robot, query);
    return new Point2D(bounds.getCenterX(), bounds.getCenterY());
  }

  private String label(String query) {
    Label label = robot.lookup(query).queryAs(Label.class);
    return WindowHarness.onFx(label::getText);
  }

  private static double differing(SceneFrame a, SceneFrame b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      return 1;
    }
    int n = 0;
    for (int y = 0; y < a.height(); y++) {
      for (int x = 0; x < a.width(); x++) {
        if (a.argbAt(x, y) != b.argbAt(x, y)) {
          n++;
        }
      }
    }
    return (double) n / (a.width() * a.height());
  }
}
