package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.ultrasound.UltrasoundRegions;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.AuditLog;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.Side;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.samples.SampleLibrary;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.model.MonotonicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plan workspace's plan, headless, on the samples' knee cine (frame 1, its image frame) with
 * the real prediction service: marks and probes as edits, undo and redo, the drag's asks coalesced,
 * stale answers dropped, the signing rules and the banner of a changed signed plan.
 */
class PlanEditorTest {

  /** The knee sample's nerve, artery and femur on frame 1 (its truth.json, image frame, mm). */
  static final Vector3 NERVE = new Vector3(22.3, 12.79, 0);

  static final Vector3 ARTERY = new Vector3(19.6, 13.91, 0);

  @TempDir Path folder;

  private PredictionService service;
  private ExecutorService io;
  private PlanEditor editor;
  private CaseImage image;

  @BeforeEach
  void open() throws Exception {
    Path cine = folder.resolve("cine.dcm");
    Files.copy(SampleLibrary.forTests().resolve("knee-smgn").resolve("cine.dcm"), cine);
    var header = DicomImages.read(cine).header();
    image = CaseImage.of(cine, header, UltrasoundRegions.read(header)).orElseThrow();
    service = new PredictionService();
    io = Executors.newSingleThreadExecutor();
    var live = new LivePrediction(service, ImagePlanes::around, MonotonicClock.system());
    editor =
        new PlanEditor(
            live,
            io,
            Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC),
            "tester",
            new SignedProtocolSource());
    editor.openCase(image, 1);
    Eventually.await("the case opened", Duration.ofSeconds(10), editor::settled);
  }

  @AfterEach
  void close() {
    service.close();
    io.shutdownNow();
  }

  private void traceNerveAndPlaceProbe(Vector3 tip, Vector3 entry) {
    editor.chooseNerve("SMGN", Side.R);
    editor.setTool(PlanTool.NERVE);
    editor.press(NERVE, 1, 1);
    editor.finishTrace();
    editor.setTool(PlanTool.PROBE);
    editor.press(tip, 1, 1);
    editor.drag(tip.plus(entry.minus(tip).times(0.5)));
    editor.release(entry);
  }

  private LivePredictionSnapshot awaitFinal() {
    Eventually.await(
        "the final prediction of the current revision",
        Duration.ofSeconds(120),
        () -> editor.settled() && editor.snapshot().live().finalFor(editor.snapshot().committed()),
        () -> editor.snapshot().live().toString());
    return editor.snapshot().live();
  }

  @Test
  void marksAndProbesAreEditsThatUndoAndRedo() {
    editor.setTool(PlanTool.SKIN);
    editor.press(new Vector3(2, 0.45, 0), 1, 1);
    editor.release(new Vector3(36, 0.45, 0));
    assertNull(editor.snapshot().plan(), "no plan before a target has its nerve and probe");
    assertEquals(1, editor.snapshot().draftStructures().size());

    // A lone probe far from everything: the axisymmetric model answers.
    traceNerveAndPlaceProbe(new Vector3(21, 20, 0), new Vector3(21, 5, 0));
    Plan first = editor.snapshot().committed();
    assertNotNull(first);
    assertEquals(1, first.revision());
    assertEquals("SMGN", first.targets().getFirst().nerve());
    assertEquals(Side.R, first.targets().getFirst().side(), "the image's laterality");
    assertEquals(
        List.of(new Vector3(22.3, 12.79, -10), new Vector3(22.3, 12.79, 10)),
        first.targets().getFirst().pathMm(),
        "one point: the nerve crosses the image at right angles");
    assertTrue(first.skin().isPresent());

    editor.setTool(PlanTool.VESSEL);
    editor.press(ARTERY, 1, 1);
    editor.drag(ARTERY.plus(new Vector3(1.0, 0, 0)));
    editor.release(ARTERY.plus(new Vector3(1.25, 0, 0)));
    Plan withArtery = editor.snapshot().committed();
    assertEquals(2, withArtery.revision());
    var vessel = (PlanStructure.Vessel) withArtery.structures().getLast();
    assertEquals("superior medial genicular artery", vessel.vesselName());
    assertEquals(2.5, vessel.diameterMm(), 1e-9);

    editor.setTool(PlanTool.MOVE);
    editor.press(new Vector3(21, 20, 0), 1, 1);
    editor.drag(new Vector3(21, 18, 0));
    editor.release(new Vector3(21, 17, 0));
    Plan moved = editor.snapshot().committed();
    assertEquals(3, moved.revision());
    assertEquals(new Vector3(21, 17, 0), moved.targets().getFirst().probes().getFirst().tipMm());

    editor.undo();
    assertEquals(withArtery, editor.snapshot().committed());
    editor.undo();
    assertEquals(first, editor.snapshot().committed());
    editor.redo();
    assertEquals(withArtery, editor.snapshot().committed());
    assertTrue(editor.snapshot().canRedo());
    awaitFinal();
  }

  @Test
  void aDragCoalescesItsAsksAndTheAnswerShownIsTheNewestPlans() {
    traceNerveAndPlaceProbe(new Vector3(21, 20, 0), new Vector3(21, 5, 0));
    awaitFinal();
    LivePrediction live = editor.live();
    long submissionsBefore = live.submissions();
    long asksBefore = live.asks();
    editor.setTool(PlanTool.MOVE);
    editor.press(new Vector3(21, 20, 0), 1, 1);
    for (int i = 1; i <= 60; i++) {
      editor.drag(new Vector3(21 + i * 0.05, 20, 0));
    }
    long asked = live.asks() - asksBefore;
    editor.release(new Vector3(24, 20, 0));
    LivePredictionSnapshot answer = awaitFinal();
    long submitted = live.submissions() - submissionsBefore;
    assertEquals(60, asked);
    assertTrue(
        submitted < asked,
        "asks made while a quick answer runs coalesce: " + submitted + " of " + asked + " sent");
    assertEquals(
        new Vector3(24, 20, 0),
        answer.answeredPlan().targets().getFirst().probes().getFirst().tipMm(),
        "the answer is the released plan's");
  }

  @Test
  void anAnswerForAReplacedPlanIsDropped() {
    traceNerveAndPlaceProbe(new Vector3(21, 20, 0), new Vector3(21, 5, 0));
    awaitFinal();
    List<Plan> shown = new ArrayList<>();
    editor
        .live()
        .addListener(
            () -> {
              var s = editor.live().snapshot();
              if (s.answeredPlan() != null) {
                synchronized (shown) {
                  shown.add(s.answeredPlan());
                }
              }
            });
    // Bone beside the probe sends it to the 3-D model (seconds); a move at once replaces it.
    editor.setTool(PlanTool.BONE);
    editor.press(new Vector3(15, 22.5, 0), 1, 1);
    editor.release(new Vector3(30, 22.5, 0));
    Plan replaced = editor.snapshot().committed();
    editor.setTool(PlanTool.MOVE);
    editor.press(new Vector3(21, 20, 0), 1, 1);
    editor.release(new Vector3(21, 15, 0));
    Plan newest = editor.snapshot().committed();
    LivePredictionSnapshot answer = awaitFinal();
    assertEquals(newest, answer.answeredPlan());
    synchronized (shown) {
      int firstNewest = shown.indexOf(newest);
      assertTrue(firstNewest >= 0);
      for (Plan p : shown.subList(firstNewest, shown.size())) {
        assertEquals(newest, p, "no older plan's answer after the newest's");
      }
    }
    assertTrue(
        replaced.structures().size() == newest.structures().size() && !replaced.equals(newest),
        "the move replaced the plan with the bone marked");
  }

  @Test
  void signingNeedsCompleteChecksAndAReasonForAFailure() throws Exception {
    // The probe's ice misses the nerve by far: nerveDose fails.
    traceNerveAndPlaceProbe(new Vector3(5, 20, 0), new Vector3(5, 5, 0));
    editor.answer("localInfection", Optional.of(false));
    editor.answer("coagulationDisorder", Optional.of(false));
    editor.answer("coldDisease", Optional.of(false));
    LivePredictionSnapshot checked = awaitFinal();
    assertEquals("fail", checked.report().orElseThrow().summary().jsonName());

    Optional<String> refused = editor.sign("Dr Test", Optional.empty());
    assertTrue(refused.isPresent(), "a failing plan is not signed without a reason");
    assertTrue(refused.get().contains("a check fails"), refused.get());
    assertFalse(Files.exists(image.planFile()));

    assertTrue(editor.sign("", Optional.of("reviewed")).isPresent(), "no name, no signature");

    assertEquals(Optional.empty(), editor.sign("Dr Test", Optional.of("nerve confirmed by block")));
    Eventually.await("signed", Duration.ofSeconds(20), editor::settled);
    Plan signed = PlanFile.load(image.planFile());
    assertTrue(signed.isSigned());
    assertEquals("Dr Test", signed.signature().get().user());
    assertEquals("radiologist", signed.signature().get().role());
    assertEquals(
        Optional.of("nerve confirmed by block"), signed.signature().get().acceptedFailed());
    assertTrue(Files.readString(AuditLog.beside(image.planFile())).contains("Dr Test"));
    assertEquals("", editor.snapshot().banner());
    assertTrue(editor.snapshot().committed().isSigned());

    editor.handOver();
    Eventually.await("handed over", Duration.ofSeconds(20), editor::settled);
    var handed = editor.protocols().latest().orElseThrow();
    assertEquals(signed.signature().get().planHash().value(), handed.planHash());
    assertEquals("SMGN", handed.targets().getFirst().nerve());

    editor.setTool(PlanTool.MOVE);
    editor.press(new Vector3(5, 20, 0), 1, 1);
    editor.release(new Vector3(6, 20, 0));
    long revision = editor.snapshot().committed().revision();
    assertFalse(editor.snapshot().committed().isSigned());
    assertEquals(
        "Signed plan changed: new unsigned revision " + revision, editor.snapshot().banner());
    awaitFinal();
  }
}
