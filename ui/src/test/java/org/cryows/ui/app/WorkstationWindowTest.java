package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.cryows.imaging.ultrasound.MeasurementUnit;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.plan.model.PlanDisplay;
import org.cryows.ui.shell.model.Workspace;
import org.cryows.ui.viewer.model.DrawnMeasurement;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, driven as a user drives it: keys pressed and the mouse dragged by TestFX's robot
 * on Monocle's headless screen. Screenshots of each step are saved under target/screenshots.
 */
class WorkstationWindowTest {
  private final FxRobot robot = new FxRobot();
  private WindowHarness window;

  @BeforeEach
  void setUp() throws Exception {
    window = new WindowHarness();
  }

  @AfterEach
  void tearDown() throws Exception {
    window.close();
  }

  @Test
  void cine_spacePlaysAndPausesEvenWithAButtonFocused() throws Exception {
    Path cine = SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
    window.open(cine);
    ViewerSnapshot opened = window.viewer();
    assertEquals(0, opened.frame(), "a cine opens on frame 1");
    assertFalse(opened.cine().playing(), "a cine opens paused");
    assertEquals("Frame 1 / 30", firstLine(label("#viewer-frame")));
    window.screenshot("cine-opened");

    // Focus the Loop check box: Space must still reach the cine, not tick the box.
    CheckBox loop = robot.lookup("#cine-loop").queryAs(CheckBox.class);
    WindowHarness.onFx(
        () -> {
          loop.requestFocus();
          return null;
        });
    robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.viewer().cine().playing(), "Space plays");
    Thread.sleep(1200);
    ViewerSnapshot playing = window.viewer();
    assertTrue(playing.cine().shownFrames() > 20, "frames shown in 1.2 s: " + playing.cine());
    window.screenshot("cine-playing");
    robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    ViewerSnapshot paused = window.viewer();
    assertFalse(paused.cine().playing(), "Space again pauses");
    assertTrue(loop.isSelected(), "the focused check box did not take the Space");
    Thread.sleep(300);
    assertEquals(paused.frame(), window.viewer().frame(), "a paused cine stays put");

    robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
    window.waitSettled(Duration.ofSeconds(10));
    assertEquals((paused.frame() + 1) % 30, window.viewer().frame(), "Right steps forward");
    robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
    robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
    window.waitSettled(Duration.ofSeconds(10));
    assertEquals(Math.floorMod(paused.frame() - 1, 30), window.viewer().frame(), "Left steps back");
    assertEquals(
        "Frame " + (window.viewer().frame() + 1) + " / 30", firstLine(label("#viewer-frame")));
    window.screenshot("cine-stepped");
  }

  @Test
  void distance_acrossTheCalibratedRegion_readsMillimetres() {
    window.open(SharedTestData.dicom("us/OBXXXX1A_palette_explicitLE.dcm"));
    robot.clickOn("#tool-distance");
    // The scanner's calipers burned into the image, 1.06 cm apart by its own reading.
    Point2D a = window.screenPointOf(robot, 459.5, 290.5);
    Point2D b = window.screenPointOf(robot, 498.5, 301.5);
    robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    window.screenshot("measure-calibrated-region");
    DrawnMeasurement m = window.viewer().measurements().get(0);
    assertEquals(MeasurementUnit.MM, m.value().unit());
    var p = m.points();
    assertNear(459.5, 290.5, p.get(0), "first end, robot at " + a);
    assertNear(498.5, 301.5, p.get(1), "second end, robot at " + b);
    double expected =
        Math.hypot(p.get(1).x() - p.get(0).x(), p.get(1).y() - p.get(0).y()) * 0.26228787661969974;
    assertEquals(expected, m.value().value(), 1e-6, "the region's Physical Delta X/Y");
    assertEquals(10.6, m.value().value(), 0.3, "the scanner's own caliper reading");
    String notes = texts("#viewer-notes");
    assertTrue(notes.contains("Distance " + m.label() + " (region 1:"), notes);
    assertTrue(
        label("#viewer-calibration").startsWith("Ultrasound region 1: 0.2623 x 0.2623 mm/px"));
    window.screenshot("measure-calibrated-region");
  }

  @Test
  void distance_onAnUncalibratedImage_readsPixelsAndSaysWhy() {
    window.open(SharedTestData.dicom("us/US1_UNCR_rgb_explicitLE.dcm"));
    robot.clickOn("#tool-distance");
    Point2D a = window.screenPointOf(robot, 200, 150);
    Point2D b = window.screenPointOf(robot, 400, 300);
    robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    DrawnMeasurement m = window.viewer().measurements().get(0);
    assertEquals(MeasurementUnit.PIXELS, m.value().unit());
    assertTrue(m.label().endsWith(" px"), m.label());
    String notes = texts("#viewer-notes");
    assertTrue(
        notes.contains("not in mm: no Pixel Spacing (0028,0030) and no ultrasound regions"), notes);
    assertTrue(label("#viewer-calibration").startsWith("Uncalibrated, measures in px"));
    window.screenshot("measure-uncalibrated");
  }

  @Test
  void folder_opensItsSeriesAndStepsThroughTheImages() {
    window.open(SharedTestData.dicom("mr/prostate_adc_20slices"));
    // A volume series opens in planes; its images are one switch away.
    assertEquals(PlanDisplay.PLANES, window.workstation.plan().display());
    robot.clickOn("#plan-display-images");
    window.waitSettled(Duration.ofSeconds(10));
    assertEquals(PlanDisplay.IMAGES, window.workstation.plan().display());
    ViewerSnapshot s = window.viewer();
    assertEquals(20, s.positions());
    assertEquals(0, s.position());
    assertTrue(cellTexts().stream().anyMatch(t -> t.contains("20 images")), cellTexts().toString());
    assertTrue(label("#case-label").startsWith("Case: name not given (ID QIN-PROSTATE-01-0001)"));
    assertTrue(window.stage.getTitle().startsWith("Cryoneurolysis workstation"));
    window.screenshot("folder-mr-first");
    for (int i = 0; i < 9; i++) {
      robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
    }
    window.waitSettled(Duration.ofSeconds(20));
    assertEquals(9, window.viewer().position());
    assertEquals("Image 10 / 20", firstLine(label("#viewer-frame")));
    String before = window.viewer().window().current();
    // Right drag: window/level whatever the tool.
    Point2D c = window.screenPointOf(robot, 128, 128);
    robot.moveTo(c).press(MouseButton.SECONDARY).moveBy(80, 40).release(MouseButton.SECONDARY);
    window.waitSettled(Duration.ofSeconds(10));
    assertNotEquals(before, window.viewer().window().current());
    window.screenshot("folder-mr-stepped-windowed");
  }

  @Test
  void zoomAndPan_withTheMouse_andFitBack() {
    window.open(SharedTestData.dicom("ct/CT_small_128.dcm"));
    var fitted = window.viewer().transform();
    Point2D centre = window.screenPointOf(robot, 64, 64);
    // Ctrl+wheel zooms at the pointer (which way a notch turns depends on the platform's wheel).
    robot
        .moveTo(centre)
        .press(KeyCode.CONTROL)
        .scroll(3, javafx.geometry.VerticalDirection.DOWN)
        .release(KeyCode.CONTROL);
    window.waitSettled(Duration.ofSeconds(10));
    double zoom = window.viewer().zoom();
    assertEquals(3, Math.abs(Math.log(zoom) / Math.log(1.15)), 1e-9, "three notches: " + zoom);
    Point2D stayed = window.screenPointOf(robot, 64, 64);
    assertEquals(centre.getX(), stayed.getX(), 1.5, "the point under the pointer stays");
    assertEquals(centre.getY(), stayed.getY(), 1.5);
    if (zoom < 1) {
      robot
          .press(KeyCode.CONTROL)
          .scroll(6, javafx.geometry.VerticalDirection.UP)
          .release(KeyCode.CONTROL);
      window.waitSettled(Duration.ofSeconds(10));
    }
    assertEquals(Math.pow(1.15, 3), window.viewer().zoom(), 1e-9, "zoomed in");
    robot.clickOn("#tool-pan");
    var before = window.viewer().transform();
    robot.moveTo(centre).press(MouseButton.PRIMARY).moveBy(60, 30).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    var after = window.viewer().transform();
    assertEquals(before.offsetX() + 60, after.offsetX(), 1.5, "panned across");
    assertEquals(before.offsetY() + 30, after.offsetY(), 1.5, "panned down");
    window.screenshot("zoomed-panned");
    robot.press(KeyCode.F).release(KeyCode.F);
    window.waitSettled(Duration.ofSeconds(10));
    assertEquals(fitted, window.viewer().transform(), "F fits the image again");
  }

  @Test
  void dicomdir_listsEveryPatientAndSeries() {
    window.open(SharedTestData.dicom("misc/dicomdir_pydicom/DICOMDIR"));
    var tree = window.workstation.browser().snapshot().tree();
    assertEquals(2, tree.patients().size());
    assertEquals(13, tree.series().count());
    assertTrue(cellTexts().stream().anyMatch(t -> t.startsWith("Doe, Archibald (ID 77654033)")));
    assertEquals(
        "Case: 2 patients (the open files belong to several patients)", label("#case-label"));
    window.screenshot("dicomdir");
  }

  @Test
  void cine_oneDamagedFrame_playsTheOthersAndNamesIt(@TempDir Path dir) throws Exception {
    // The shared cine with the JPEG header of its 10th frame wiped: that frame cannot be decoded.
    byte[] bytes =
        Files.readAllBytes(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm"));
    int soi = -1;
    for (int found = 0, i = 0; i < bytes.length - 2 && found < 10; i++) {
      if ((bytes[i] & 0xFF) == 0xFF
          && (bytes[i + 1] & 0xFF) == 0xD8
          && (bytes[i + 2] & 0xFF) == 0xFF) {
        found++;
        soi = i;
      }
    }
    java.util.Arrays.fill(bytes, soi + 2, soi + 400, (byte) 0);
    Path damaged = dir.resolve("cine_frame10_damaged.dcm");
    Files.write(damaged, bytes);
    window.open(damaged);
    for (int i = 0; i < 9; i++) {
      robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
    }
    window.waitSettled(Duration.ofSeconds(20));
    ViewerSnapshot atTen = window.viewer();
    assertEquals(9, atTen.frame());
    assertTrue(
        atTen.frameProblem().toLowerCase().startsWith("frame 10 of 30"), atTen.frameProblem());
    assertTrue(
        label("#viewer-message").startsWith("Frame 10 cannot be shown: "),
        label("#viewer-message"));
    assertTrue(texts("#viewer-notes").contains("Frame 10 of 30"), texts("#viewer-notes"));
    window.screenshot("cine-damaged-frame");
    robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
    window.waitSettled(Duration.ofSeconds(10));
    assertEquals("", window.viewer().frameProblem(), "frame 11 is intact");
    assertTrue(window.viewer().displayed() != null);
  }

  @Test
  void windowWidthZero_isShownWithAWarning(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mr_width0.dcm");
    Files.copy(SharedTestData.dicom("mr/MR_small.dcm"), file);
    Process p =
        new ProcessBuilder("dcmodify", "-nb", "-m", "(0028,1051)=0", file.toString()).start();
    assertEquals(0, p.waitFor());
    window.open(file);
    ViewerSnapshot s = window.viewer();
    assertEquals(window.workstation.viewerView().drawnKey(), s.displayed().key(), "drawn");
    String notes = texts("#viewer-notes");
    assertTrue(notes.contains("Warning: WindowWidth (0028,1051)"), notes);
    window.screenshot("window-width-zero");
  }

  @Test
  void bigFolder_showsProgressAndCancelKeepsWhatWasOpen(@TempDir Path dir) throws Exception {
    Path mr = SharedTestData.dicom("mr/MR_small.dcm");
    window.open(mr);
    // A folder of 2000 files (copies of one image) takes seconds to read.
    Path big = Files.createDirectory(dir.resolve("big"));
    byte[] bytes = Files.readAllBytes(mr);
    for (int i = 0; i < 2000; i++) {
      Files.write(big.resolve(String.format("%04d.dcm", i)), bytes);
    }
    // The load runs on its own thread and fires the model's listeners there: hold it at its first
    // "Reading headers" report until Cancel has been pressed, so a fast machine cannot finish the
    // folder before the click lands.
    java.util.concurrent.CountDownLatch cancelPressed = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean held =
        new java.util.concurrent.atomic.AtomicBoolean();
    window
        .workstation
        .browser()
        .addListener(
            () -> {
              var progress = window.workstation.browser().snapshot().loading();
              if (!javafx.application.Platform.isFxApplicationThread()
                  && progress != null
                  && progress.phase().equals("Reading headers")
                  && held.compareAndSet(false, true)) {
                try {
                  cancelPressed.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              }
            });
    window.workstation.open(java.util.List.of(big));
    WaitForAsyncUtils.waitFor(
        20,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> robot.lookup("#load-cancel").query().isVisible());
    WaitForAsyncUtils.waitFor(
        20,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> label("#load-progress-text").startsWith("Reading headers: "));
    window.screenshot("loading-progress");
    robot.clickOn("#load-cancel");
    WaitForAsyncUtils.waitForFxEvents();
    cancelPressed.countDown();
    var browser = window.workstation.browser().snapshot();
    assertFalse(browser.isLoading());
    assertTrue(browser.outcome().startsWith("Loading big was cancelled"), browser.outcome());
    assertEquals(java.util.List.of(mr), browser.source(), "what was open stays");
    assertEquals(mr, window.viewer().file());
    window.screenshot("loading-cancelled");
  }

  @Test
  void keys_workspacesAndShortcutSheet() {
    assertEquals("No case open", label("#case-label"));
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Workspace.CONSOLE, window.workstation.shell().workspace());
    assertTrue(selectedTab().getId().equals("workspace-console"));
    assertTrue(
        label("#console-not-available").startsWith("The Console workspace is not available yet"));
    window.screenshot("workspace-console");
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("workspace-replay", selectedTab().getId());
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("workspace-plan", selectedTab().getId());

    robot.press(KeyCode.F1).release(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#shortcut-sheet").query().isVisible());
    String sheet = texts("#shortcut-sheet");
    assertTrue(sheet.contains("Play or pause the cine"), sheet);
    assertTrue(sheet.contains("Save the plan (comes with the Plan workspace's plans)"), sheet);
    window.screenshot("shortcut-sheet");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup("#shortcut-sheet").query().isVisible());
    robot.write('?');
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#shortcut-sheet").query().isVisible(), "? opens the sheet too");
  }

  /** Within one image pixel: the robot moves in whole screen pixels. */
  private static void assertNear(
      double x, double y, org.cryows.imaging.ultrasound.PixelPoint p, String what) {
    assertTrue(Math.abs(p.x() - x) <= 1 && Math.abs(p.y() - y) <= 1, what + ": " + p);
  }

  private Tab selectedTab() {
    javafx.scene.control.TabPane tabs =
        robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
    return tabs.getSelectionModel().getSelectedItem();
  }

  private String label(String query) {
    Label label = robot.lookup(query).queryAs(Label.class);
    return WindowHarness.onFx(label::getText);
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  private String texts(String query) {
    Node root = robot.lookup(query).query();
    return WindowHarness.onFx(
        () ->
            String.join(
                "\n",
                robot.from(root).lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText)
                    .toList()));
  }

  private java.util.List<String> cellTexts() {
    return WindowHarness.onFx(
        () ->
            robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText())
                .toList());
  }
}
