package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.plan.PlanFile;
import org.cryows.samples.SampleLibrary;
import org.cryows.ui.plan.model.ImageFrameToViewport;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan workspace in the real window, as a radiologist uses it on the samples' knee cine: choose
 * the SMGN, click its cross-section, mark the artery and the skin, set the protocol, place a probe
 * that misses the nerve (the nerve dose fails), drag its tip beside the nerve (the dose passes),
 * sign, export the report. Screenshots under target/screenshots.
 */
class PlanWindowTest {

  /** The knee sample's frame 1 (truth.json, image frame, mm). */
  static final Vector3 NERVE = new Vector3(22.3, 12.79, 0);

  static final Vector3 ARTERY = new Vector3(19.6, 13.91, 0);

  static final double SKIN_Y = 0.48;

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

  private PlanEditorSnapshot plan() {
    return window.workstation.editor().snapshot();
  }

  /** The screen point showing a point of the plan's image frame. */
  private Point2D screen(Vector3 mm) {
    var s = plan();
    var t = ImageFrameToViewport.of(window.viewer().transform(), s.image().region());
    var p = t.apply(mm);
    Node layer = robot.lookup(".viewer-image-layer").query();
    return WindowHarness.onFx(() -> layer.localToScreen(p.x(), p.y()));
  }

  private void drag(Vector3 from, Vector3 to) {
    robot.moveTo(screen(from)).press(MouseButton.PRIMARY);
    Vector3 half = from.plus(to.minus(from).times(0.5));
    robot.moveTo(screen(half)).moveTo(screen(to)).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Scrolls the plan's panel so that the node {@code query} finds is in view, then clicks it. */
  private void clickInPanel(String query) {
    javafx.scene.control.ScrollPane scroll =
        robot.lookup(".plan-panel-scroll").queryAs(javafx.scene.control.ScrollPane.class);
    Node node = robot.lookup(query).query();
    WindowHarness.onFx(
        () -> {
          Node content = scroll.getContent();
          double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
          double range =
              content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
          scroll.setVvalue(range <= 0 ? 0 : Math.clamp((y - 40) / range, 0, 1));
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(query);
  }

  private void awaitFinalChecks() {
    window.waitSettled(Duration.ofSeconds(180));
    assertTrue(
        plan().live().finalFor(plan().committed()), "final checks: " + plan().live().toString());
  }

  private String checkLine(String check) {
    return robot.lookup(".check-line").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .filter(t -> t.contains(" " + check + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " line in the panel"));
  }

  @Test
  void traceThenDragAProbeFromAMissToAHitThenSignAndExport(@TempDir Path folder) throws Exception {
    Path cine = folder.resolve("cine.dcm");
    Files.copy(SampleLibrary.forTests().resolve("knee-smgn").resolve("cine.dcm"), cine);
    window.open(cine);
    assertTrue(plan().image() != null, "the calibrated ultrasound image opens a case");
    // The corner texts over the image never cover each other.
    for (String[] pair :
        new String[][] {
          {"#viewer-series", "#viewer-frame"}, {"#viewer-window", "#viewer-calibration"}
        }) {
      var a = window.screenBoundsOf(robot, pair[0]);
      var b = window.screenBoundsOf(robot, pair[1]);
      assertFalse(a.intersects(b), pair[0] + " " + a + " covers " + pair[1] + " " + b);
    }

    robot.clickOn("#plan-nerve");
    robot.clickOn("SMGN - Superior medial genicular nerve");
    robot.clickOn("#plan-tool-nerve");
    robot.moveTo(screen(NERVE)).clickOn(MouseButton.PRIMARY);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("SMGN", plan().pending().nerve());
    assertEquals(2, plan().pending().pathMm().size(), "the nerve crosses the image");
    assertEquals(NERVE.x(), plan().pending().pathMm().getFirst().x(), 0.1);
    assertEquals(NERVE.y(), plan().pending().pathMm().getFirst().y(), 0.1);

    robot.clickOn("#plan-tool-vessel");
    drag(ARTERY, ARTERY.plus(new Vector3(1.25, 0, 0)));
    robot.clickOn("#plan-tool-skin");
    drag(new Vector3(2, SKIN_Y, 0), new Vector3(36, SKIN_Y, 0));
    assertEquals(2, plan().draftStructures().size());

    // The femur's surface under the nerve (truth.json's points at 23 and 24 mm, extended).
    robot.clickOn("#plan-tool-bone");
    drag(new Vector3(21.5, 13.795, 0), new Vector3(25.5, 12.475, 0));
    assertEquals(3, plan().draftStructures().size());

    // A probe far proximal of the nerve: its ice misses it. The entry lies on the line of the
    // sample plan's shaft (from beside the nerve towards the skin 60 mm across), inside the image.
    Vector3 entry = new Vector3(37, 7.51, 0);
    Vector3 miss = new Vector3(10, 12.3, 0);
    robot.clickOn("#plan-tool-probe");
    drag(miss, entry);
    assertEquals(1, plan().committed().revision(), "the first target makes the plan");
    // The protocol the sample plan uses: CO2 at -75 C, 2 x (180 s freeze, 60 s thaw).
    for (String[] field :
        new String[][] {
          {"#plan-setpoint", "-75"},
          {"#plan-cycles", "2"},
          {"#plan-freeze", "180"},
          {"#plan-thaw", "60"}
        }) {
      robot.clickOn(field[0]);
      robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
      robot.write(field[1]);
    }
    robot.clickOn("#plan-protocol-apply");
    awaitFinalChecks();
    var protocol = plan().committed().targets().getFirst().protocol();
    assertEquals(-75, protocol.setpointC());
    assertEquals(2, protocol.cycles().size());
    assertEquals(180, protocol.cycles().getFirst().freezeSec());
    assertEquals(60, protocol.cycles().getFirst().thawSec());
    var missed = plan().live().report().orElseThrow();
    assertEquals(
        CheckStatus.FAIL,
        missed.results().stream()
            .filter(r -> r.check().equals("nerveDose"))
            .findFirst()
            .orElseThrow()
            .status());
    assertTrue(checkLine("nerveDose").startsWith("\u2716 FAIL"), checkLine("nerveDose"));
    window.screenshot("plan-probe-misses");

    // Drag the tip beside the nerve, just above it and away from the artery.
    robot.clickOn("#plan-tool-move");
    Vector3 hit = NERVE.plus(new Vector3(-0.9, -0.49, 0));
    drag(miss, hit);
    awaitFinalChecks();
    var tip = plan().committed().targets().getFirst().probes().getFirst().tipMm();
    assertEquals(hit.x(), tip.x(), 0.2);
    assertEquals(hit.y(), tip.y(), 0.2);
    var hitReport = plan().live().report().orElseThrow();
    var dose =
        hitReport.results().stream()
            .filter(r -> r.check().equals("nerveDose"))
            .findFirst()
            .orElseThrow();
    assertEquals(CheckStatus.PASS, dose.status(), dose.message());
    assertTrue(checkLine("nerveDose").startsWith("\u2714 PASS"), checkLine("nerveDose"));
    assertTrue(checkLine("nerveDose").contains(dose.message()));
    window.screenshot("plan-probe-hits");

    // Contraindications answered no, through the panel's choices.
    for (String field : new String[] {"localInfection", "coagulationDisorder", "coldDisease"}) {
      clickInPanel("#plan-contra-" + field + "-no");
      window.waitSettled(Duration.ofSeconds(180));
    }
    awaitFinalChecks();
    assertTrue(
        plan().live().report().orElseThrow().results().stream()
            .noneMatch(r -> r.status() == CheckStatus.FAIL),
        plan().live().report().toString());

    // Sign through the dialog a user sees.
    clickInPanel("#plan-sign");
    robot.clickOn("#sign-name").write("Dr Window Test");
    robot.clickOn("Sign");
    window.waitSettled(Duration.ofSeconds(30));
    var signed = PlanFile.load(cine.resolveSibling("PLAN.json"));
    assertTrue(signed.isSigned());
    assertEquals("Dr Window Test", signed.signature().get().user());
    assertTrue(
        robot
            .lookup("#plan-hash")
            .queryAs(Label.class)
            .getText()
            .contains(signed.signature().get().planHash().value()));
    window.screenshot("plan-signed");

    clickInPanel("#plan-hand-over");
    window.waitSettled(Duration.ofSeconds(30));
    assertEquals(
        signed.signature().get().planHash().value(),
        window.workstation.signedProtocols().latest().orElseThrow().planHash());
    assertTrue(
        robot
            .lookup("#plan-console-note")
            .queryAs(Label.class)
            .getText()
            .contains("not available yet"));

    // The report: the button opens a file chooser for a user; here the same command runs.
    Path pdf = folder.resolve("report.pdf");
    window.workstation.editor().exportReport(pdf);
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> Files.isRegularFile(pdf) && window.workstation.editor().settled());
    assertTrue(Files.size(pdf) > 10_000);
    assertTrue(plan().status().startsWith("Report written"), plan().status());

    // An edit after signing makes a new unsigned revision, said in a banner.
    drag(hit, hit.plus(new Vector3(0, -0.2, 0)));
    WaitForAsyncUtils.waitForFxEvents();
    Label banner = robot.lookup("#plan-banner").queryAs(Label.class);
    assertTrue(banner.isVisible());
    assertEquals(
        "Signed plan changed: new unsigned revision " + plan().committed().revision(),
        banner.getText());
    assertFalse(plan().committed().isSigned());
    window.screenshot("plan-changed-after-signing");
    robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(plan().committed().isSigned(), "Ctrl+Z brings the signed revision back");
    awaitFinalChecks();
    assertEquals(
        Optional.empty(), Optional.ofNullable(banner.isVisible() ? banner.getText() : null));
  }
}
