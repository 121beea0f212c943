package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.Display;
import org.cryows.ui.plan.model.LivePredictionSnapshot;
import org.cryows.ui.plan.model.PlanDisplay;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.plan.model.PlanTool;
import org.cryows.ui.plan.model.PredictionStage;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan workspace on a CT in the real window, as a radiologist plans the superior medial
 * genicular nerve on the samples' CT knee phantom: the series opens in its planes with the plan's
 * panel beside them; the axial view zoomed on the medial femur, the nerve traced along the bone,
 * the artery marked where it crosses the coronal plane, the skin and the femur's surface, two
 * probes placed either side of the middle of the nerve. The quick answer (each probe alone, dashed,
 * provisional) comes first, then the 3-D model of the probes with the artery and the bone refines
 * it with its progress bar; a probe moved during the refinement cancels it and its answer is never
 * drawn; the final checks in the panel, the isotherm surfaces in the 3-D view. Screenshots under
 * target/screenshots.
 */
class PlanCtWindowTest {

  /** The axial slice of the marks and probes (the headless test's, CtPlanEditorTest). */
  static final double Z = -371;

  static final List<Vector3> NERVE =
      List.of(
          new Vector3(-65.0, 14, Z),
          new Vector3(-63.6, 8, Z),
          new Vector3(-63.6, 4, Z),
          new Vector3(-65.0, -2, Z));

  /** The superior medial genicular artery where it crosses the coronal plane y = 9.25 (truth). */
  static final Vector3 ARTERY = new Vector3(-61.87, 9.25, -374.4);

  static final Vector3 TIP_1 = new Vector3(-62.6, 7, Z);
  static final Vector3 ENTRY_1 = new Vector3(-56.6, 36.4, Z);
  static final Vector3 TIP_2 = new Vector3(-62.6, 5, Z);
  static final Vector3 ENTRY_2 = new Vector3(-56.6, -24, Z);

  private final FxRobot robot = new FxRobot();
  private WindowHarness window;

  @AfterEach
  void tearDown() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  private PlanEditorSnapshot plan() {
    return window.workstation.editor().snapshot();
  }

  private PlaneViewport viewport(PlaneKind kind) {
    return window.workstation.planes().snapshot().view(kind).viewport();
  }

  /** The screen point showing a patient point's projection in a view. */
  private Point2D screen(PlaneKind kind, Vector3 point) {
    var p = viewport(kind).screenOf(point);
    Node layer = robot.lookup("#plane-" + kind.id() + "-view").query();
    return WindowHarness.onFx(() -> layer.localToScreen(p.x(), p.y()));
  }

  private void click(PlaneKind kind, Vector3 point) {
    robot.moveTo(screen(kind, point)).clickOn(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void drag(PlaneKind kind, Vector3 from, Vector3 to) {
    robot.moveTo(screen(kind, from)).press(MouseButton.PRIMARY);
    Vector3 half = from.plus(to.minus(from).times(0.5));
    robot.moveTo(screen(kind, half)).moveTo(screen(kind, to)).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Ctrl+wheel at {@code point} until the view shows at least {@code pixelsPerMm}. */
  private void zoomAt(PlaneKind kind, Vector3 point, double pixelsPerMm) {
    VerticalDirection in = VerticalDirection.DOWN;
    for (int i = 0; i < 40 && 1 / viewport(kind).mmPerPixel() < pixelsPerMm; i++) {
      double before = viewport(kind).mmPerPixel();
      robot.moveTo(screen(kind, point)).press(KeyCode.CONTROL).scroll(1, in);
      robot.release(KeyCode.CONTROL);
      window.waitSettled(Duration.ofSeconds(20));
      if (viewport(kind).mmPerPixel() > before) {
        // Which way a notch zooms depends on the platform's wheel.
        in = VerticalDirection.UP;
      }
    }
  }

  /** Scrolls the plan's panel so that the node {@code query} finds is at its top. */
  private void scrollPanelTo(String query) {
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
  }

  /** Waits until {@code plan}'s quick answer is shown while its 3-D refinement runs. */
  private void awaitQuickThenRefining(Plan plan, double progressOver) {
    try {
      WaitForAsyncUtils.waitFor(
          30,
          TimeUnit.SECONDS,
          () -> {
            var live = plan().live();
            return plan.equals(live.answeredPlan())
                && live.stage() == PredictionStage.QUICK
                && live.running()
                && !live.runningStage().equals("quick")
                && live.progress() > progressOver;
          });
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "no quick answer with the refinement running for revision "
              + plan.revision()
              + ": "
              + describe(plan().live()),
          e);
    }
  }

  /** The answer shown and what runs, without the answer's figures. */
  private static String describe(LivePredictionSnapshot s) {
    return String.format(
        java.util.Locale.ROOT,
        "revision %s answered (ask %d of %d, %s), running %s %s %.2f, problems %s",
        s.answeredPlan() == null ? "none" : Long.toString(s.answeredPlan().revision()),
        s.answeredAsk(),
        s.latestAsk(),
        s.stage(),
        s.running(),
        s.runningStage(),
        s.progress(),
        s.problems());
  }

  private String checkLine(String check) {
    return robot.lookup(".check-line").queryAllAs(Label.class).stream()
        .map(Label::getText)
        .filter(t -> t.contains(" " + check + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + check + " line in the panel"));
  }

  @Test
  void twoProbesAroundTheNerve_quickAnswerThen3dRefinement_anEditCancelsIt(@TempDir Path folder)
      throws Exception {
    Display.require();
    Path ct = folder.resolve("ct-knee");
    Files.createDirectories(ct);
    try (Stream<Path> files = Files.list(SampleLibrary.forTests().resolve("ct-knee"))) {
      for (Path f : files.toList()) {
        Files.copy(f, ct.resolve(f.getFileName()));
      }
    }
    window = new WindowHarness();
    window.open(ct);
    window.waitSettled(Duration.ofSeconds(60));
    assertEquals(PlanDisplay.PLANES, window.workstation.plan().display());
    assertTrue(plan().series() != null, "the CT series opens a case in the patient frame");
    assertTrue(
        robot.lookup("#plan-panel").query().isVisible(), "the plan's panel beside the planes");

    // The crosshair to the slice of the nerve and the coronal plane of the artery (View: a press
    // only moves the crosshair), then the axial view zoomed on the medial femur.
    robot.clickOn("#plan-tool-view");
    // Zoomed at the medial skin: from the bone to the skin and the probes' entries in view.
    zoomAt(PlaneKind.AXIAL, new Vector3(-38, 6, Z), 3);
    click(PlaneKind.SAGITTAL, new Vector3(ARTERY.x(), ARTERY.y(), Z));
    click(PlaneKind.AXIAL, new Vector3(ARTERY.x(), ARTERY.y(), Z));
    window.waitSettled(Duration.ofSeconds(20));
    Vector3 crosshair = window.workstation.planes().snapshot().crosshair_Patient();
    assertEquals(Z, crosshair.z(), 0.01, "the axial view shows the nerve's slice");
    assertEquals(ARTERY.y(), crosshair.y(), 0.3, "the coronal view shows the artery's plane");
    // The artery runs across the coronal plane: it is marked where it crosses the one shown.
    Vector3 artery = new Vector3(ARTERY.x(), crosshair.y(), ARTERY.z());
    zoomAt(PlaneKind.CORONAL, artery, 4);

    // The target nerve, traced along the femur.
    robot.clickOn("#plan-nerve");
    robot.clickOn("SMGN - Superior medial genicular nerve");
    robot.clickOn("#plan-tool-nerve");
    for (Vector3 p : NERVE) {
      click(PlaneKind.AXIAL, p);
      // Clicks apart in time, as a hand makes them: not a double click, which ends the trace.
      robot.sleep(700);
    }
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(4, plan().pending().pathMm().size());
    double pixelMm = viewport(PlaneKind.AXIAL).mmPerPixel();
    for (int i = 0; i < NERVE.size(); i++) {
      Vector3 traced = plan().pending().pathMm().get(i);
      assertTrue(traced.minus(NERVE.get(i)).length() < 2 * pixelMm, "nerve point " + traced);
    }

    // The artery's cross-section in the coronal view, the skin and the femur in the axial one.
    robot.clickOn("#plan-tool-vessel");
    drag(PlaneKind.CORONAL, artery, artery.plus(new Vector3(0.9, 0, 0)));
    robot.clickOn("#plan-tool-skin");
    drag(PlaneKind.AXIAL, new Vector3(-40.2, -4, Z), new Vector3(-40.2, 14, Z));
    robot.clickOn("#plan-tool-bone");
    drag(PlaneKind.AXIAL, new Vector3(-66.5, 1, Z), new Vector3(-66.5, 11, Z));
    assertEquals(3, plan().draftStructures().size());

    // The first probe makes the plan; the second is placed while its answer comes.
    robot.clickOn("#plan-tool-probe");
    drag(PlaneKind.AXIAL, TIP_1, ENTRY_1);
    assertEquals(1, plan().committed().revision());
    window.waitSettled(Duration.ofSeconds(180));

    List<LivePredictionSnapshot> seen = new ArrayList<>();
    window
        .workstation
        .editor()
        .live()
        .addListener(
            () -> {
              synchronized (seen) {
                seen.add(window.workstation.editor().live().snapshot());
              }
            });
    drag(PlaneKind.AXIAL, TIP_2, ENTRY_2);
    Plan twoProbes = plan().committed();
    assertEquals(2, twoProbes.targets().getFirst().probes().size());
    // Ready to move the second probe's tip the moment its 3-D refinement starts: the Move tool
    // chosen as its button does (the pointer's trip to the panel and back took seconds under load,
    // most of the refinement) and the pointer on the tip while the quick answer comes.
    WindowHarness.onFx(
        () -> {
          window.workstation.editor().setTool(PlanTool.MOVE);
          return null;
        });
    robot.moveTo(screen(PlaneKind.AXIAL, TIP_2));
    awaitQuickThenRefining(twoProbes, -1);
    var refining = plan().live();
    assertTrue(
        refining.running()
            && refining.progress() < 0.9
            && twoProbes.equals(refining.answeredPlan()),
        "the refinement runs, far from its end, when the probe is moved: " + describe(refining));

    // A probe moved during the refinement: it is cancelled, its answer never drawn.
    Vector3 moved = TIP_2.plus(new Vector3(0, -0.5, 0));
    robot.press(MouseButton.PRIMARY);
    robot.moveTo(screen(PlaneKind.AXIAL, TIP_2.plus(moved.minus(TIP_2).times(0.5))));
    robot.moveTo(screen(PlaneKind.AXIAL, moved)).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    Plan edited = plan().committed();
    assertFalse(edited.equals(twoProbes));
    // The edited plan's quick answer: each probe alone, dashed, PROVISIONAL; its 3-D model runs on
    // with its progress bar.
    awaitQuickThenRefining(edited, 0.05);
    WaitForAsyncUtils.waitForFxEvents();
    Label predicted = robot.lookup("#plan-prediction").queryAs(Label.class);
    assertTrue(
        WindowHarness.onFx(predicted::getText).startsWith("PROVISIONAL: quick answer, each probe"),
        WindowHarness.onFx(predicted::getText));
    ProgressBar progress = robot.lookup("#plan-progress").queryAs(ProgressBar.class);
    assertTrue(WindowHarness.onFx(progress::isVisible), "the refinement's progress bar");
    window.screenshot("plan-ct-quick-refining");
    window.waitSettled(Duration.ofSeconds(240));
    LivePredictionSnapshot last = plan().live();
    assertTrue(last.finalFor(edited), describe(last));
    synchronized (seen) {
      assertTrue(
          seen.stream()
              .noneMatch(
                  s -> twoProbes.equals(s.answeredPlan()) && s.stage() == PredictionStage.FULL),
          "the replaced plan's 3-D answer is never shown");
      // And no final answer ever shown for an ask older than the newest: each one shown is the
      // answer to the latest plan asked for.
      for (int i = 1; i < seen.size(); i++) {
        var s = seen.get(i);
        boolean newAnswer = s.answeredAsk() != seen.get(i - 1).answeredAsk();
        if (newAnswer && s.stage() == PredictionStage.FULL) {
          assertEquals(s.latestAsk(), s.answeredAsk(), "a final answer shown for a replaced ask");
        }
      }
    }
    var answer = last.predictions().getFirst().prediction().orElseThrow();
    assertEquals(ModelPath.THREE_D, answer.path(), answer.pathReason());
    assertTrue(checkLine("nerveDose").startsWith("\u2714 PASS"), checkLine("nerveDose"));
    assertTrue(checkLine("path").startsWith("\u2714 PASS"), checkLine("path"));
    var report = last.report().orElseThrow();
    assertEquals(
        CheckStatus.PASS,
        report.results().stream()
            .filter(r -> r.check().equals("nerveDose"))
            .findFirst()
            .orElseThrow()
            .status());
    assertFalse(WindowHarness.onFx(progress::isVisible));
    window.screenshot("plan-ct-refined");

    // The contraindications answered no: every check of the plan passes or warns.
    for (String field : new String[] {"localInfection", "coagulationDisorder", "coldDisease"}) {
      scrollPanelTo("#plan-contra-" + field + "-no");
      robot.clickOn("#plan-contra-" + field + "-no");
      window.waitSettled(Duration.ofSeconds(60));
    }
    assertTrue(
        plan().live().report().orElseThrow().results().stream()
            .noneMatch(r -> r.status() == CheckStatus.FAIL),
        plan().live().report().map(r -> r.results().toString()).orElse("no report"));
    // The 3-D view draws the final answer's surfaces with the probes, nerve and artery; "Plan"
    // faces them from the front.
    var legend = window.workstation.scene().snapshot().legend();
    for (String entry :
        List.of(
            "Probe (active segment brighter)",
            "Nerve",
            "Vessel",
            "0 °C isotherm",
            "-20 °C isotherm")) {
      assertTrue(legend.stream().anyMatch(e -> e.text().equals(entry)), entry + ": " + legend);
    }
    var wholeKnee = window.workstation.scene().snapshot().camera();
    robot.clickOn("#scene-frame-plan");
    // The skin switched off in the legend, to see the ice under it.
    robot.clickOn("#scene-surface-skin-300-hu");
    window.waitSettled(Duration.ofSeconds(30));
    var onThePlan = window.workstation.scene().snapshot().camera();
    assertTrue(
        onThePlan.position_Patient().minus(CtPoints.middle(TIP_1, TIP_2)).length()
            < wholeKnee.position_Patient().minus(CtPoints.middle(TIP_1, TIP_2)).length(),
        "the camera closer to the probes");
    scrollPanelTo("#plan-summary");
    window.screenshot("plan-ct-checked");
  }

  /** Points of the test's geometry. */
  private static final class CtPoints {
    static Vector3 middle(Vector3 a, Vector3 b) {
      return a.plus(b).times(0.5);
    }
  }
}
