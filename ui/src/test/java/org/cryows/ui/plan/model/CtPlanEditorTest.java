package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.stream.Stream;
import org.cryows.imaging.source.DicomLoader;
import org.cryows.imaging.volume.Vector3;
import org.cryows.imaging.volume.VolumeLoader;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.Side;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.samples.SampleLibrary;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.model.MonotonicClock;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneRenderer;
import org.cryows.ui.planes.model.PlanesModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan on the samples' CT knee phantom in the patient frame, headless, with the real volume and
 * prediction service: the superior medial genicular nerve traced in an axial plane beside the
 * femur, its artery marked where it crosses a coronal plane, the skin and the femur's surface
 * (their outward sides read from the CT's values), two probes placed around the nerve; the quick
 * answer (each probe alone) first, then the 3-D model with the probes, the artery and the bone
 * together.
 */
class CtPlanEditorTest {

  /**
   * The axial slice the marks are made in: 29 mm above the joint line (truth.json z -400), 3.4 mm
   * above the artery, so the probes pass over it.
   */
  static final double SLICE_Z = -371;

  /** The nerve along the femur's medial surface, about 2 mm off it (KneePhantom's femur). */
  static final List<Vector3> NERVE =
      List.of(
          new Vector3(-65.0, 14, SLICE_Z),
          new Vector3(-63.6, 8, SLICE_Z),
          new Vector3(-63.6, 4, SLICE_Z),
          new Vector3(-65.0, -2, SLICE_Z));

  /** The superior medial genicular artery where it crosses the coronal plane y = 9.25 (truth). */
  static final Vector3 ARTERY = new Vector3(-61.87, 9.25, -374.4);

  static final double ARTERY_DIAMETER_MM = 1.8;

  /** Two probes along the nerve, 1 mm medial of it, one from behind and one from the front. */
  static final Vector3 TIP_1 = new Vector3(-62.6, 7, SLICE_Z);

  static final Vector3 ENTRY_1 = new Vector3(-56.6, 36.4, SLICE_Z);
  static final Vector3 TIP_2 = new Vector3(-62.6, 5, SLICE_Z);
  static final Vector3 ENTRY_2 = new Vector3(-56.6, -24, SLICE_Z);

  static final Vector3 AXIAL = new Vector3(0, 0, 1);
  static final Vector3 CORONAL = new Vector3(0, 1, 0);

  @TempDir Path folder;

  private final PlaneRenderer renderer = new PlaneRenderer();
  private PlanesModel planes;
  private PredictionService service;
  private ExecutorService io;
  private PlanEditor editor;
  private CaseSeries series;

  @BeforeEach
  void open() throws IOException {
    Path ct = folder.resolve("ct-knee");
    Files.createDirectories(ct);
    try (Stream<Path> files = Files.list(SampleLibrary.forTests().resolve("ct-knee"))) {
      for (Path f : files.toList()) {
        Files.copy(f, ct.resolve(f.getFileName()));
      }
    }
    planes = new PlanesModel(Runnable::run, new VolumeLoader(2), renderer);
    planes.show(new DicomLoader().load(ct).series().findFirst().orElseThrow());
    series = CaseSeries.of(planes.loaded().orElseThrow()).orElseThrow();
    service = new PredictionService();
    io = Executors.newSingleThreadExecutor();
    editor =
        new PlanEditor(
            new LivePrediction(service, ViewOutputs.IMAGE_PLANE, MonotonicClock.system()),
            io,
            Clock.fixed(Instant.parse("2026-01-02T10:00:00Z"), ZoneOffset.UTC),
            "tester",
            new SignedProtocolSource());
    editor.setBodyPart(series.bodyPart());
    editor.openCase(series, 1);
    Eventually.await("the case opened", Duration.ofSeconds(10), editor::settled);
  }

  @AfterEach
  void close() {
    service.close();
    io.shutdownNow();
    renderer.close();
  }

  private void line(PlanTool tool, Vector3 normal, Vector3 from, Vector3 to) {
    editor.setTool(tool);
    editor.press(from, normal, 1, 1);
    editor.drag(from.plus(to.minus(from).times(0.5)));
    editor.release(to);
  }

  /** The marks and probes of the test plan, made as the window makes them. */
  private void planTheKnee() {
    editor.chooseNerve("SMGN", Side.L);
    editor.setTool(PlanTool.NERVE);
    for (Vector3 p : NERVE) {
      editor.press(p, AXIAL, 1, 1);
      editor.release(p);
    }
    editor.finishTrace();
    line(PlanTool.VESSEL, CORONAL, ARTERY, ARTERY.plus(new Vector3(ARTERY_DIAMETER_MM / 2, 0, 0)));
    line(PlanTool.SKIN, AXIAL, new Vector3(-40.2, -4, SLICE_Z), new Vector3(-40.2, 14, SLICE_Z));
    line(PlanTool.BONE, AXIAL, new Vector3(-66.5, 1, SLICE_Z), new Vector3(-66.5, 11, SLICE_Z));
    line(PlanTool.PROBE, AXIAL, TIP_1, ENTRY_1);
    line(PlanTool.PROBE, AXIAL, TIP_2, ENTRY_2);
  }

  @Test
  void marksInAnyPlane_inThePatientFrame_skinAndBoneFacingOutAsTheCtSays() throws Exception {
    assertEquals("CT series of 120 images", series.describe());
    assertEquals(Optional.of(Side.R), series.side(), "Image Laterality R");
    planTheKnee();
    Plan plan = editor.snapshot().committed();
    assertInstanceOf(PlanFrame.Patient.class, plan.frame());
    assertEquals("SAMPLE-KNEE-01", plan.patient().id());
    assertEquals(
        Side.R, plan.targets().getFirst().side(), "the series' laterality, not the L asked");
    assertEquals("CT0001.dcm", plan.images().getFirst().file().orElseThrow());
    assertEquals(NERVE, plan.targets().getFirst().pathMm(), "traced in the axial plane");
    assertEquals(2, plan.targets().getFirst().probes().size());
    var structures = plan.structures();
    var vessel = (PlanStructure.Vessel) structures.getFirst();
    assertEquals("superior medial genicular artery", vessel.vesselName());
    assertEquals(
        List.of(ARTERY.minus(new Vector3(0, 10, 0)), ARTERY.plus(new Vector3(0, 10, 0))),
        vessel.pathMm(),
        "one press in the coronal view: the artery crosses it at right angles");
    assertEquals(ARTERY_DIAMETER_MM, vessel.diameterMm(), 1e-9);
    // Out of the body is towards the air, out of the femur towards the soft tissue: both +x
    // (towards the patient's left) on the medial side of a right knee.
    var skin = (PlanStructure.Skin) structures.get(1);
    var bone = (PlanStructure.Bone) structures.get(2);
    assertEquals(1, skin.normal().x(), 1e-9);
    assertEquals(1, bone.normal().x(), 1e-9);

    // Saved beside the series' images and opened again from there.
    editor.save();
    Eventually.await("saved", Duration.ofSeconds(10), () -> !editor.snapshot().busy());
    Plan saved = PlanFile.load(series.planFile());
    assertEquals(plan, saved);
    assertTrue(series.holds(saved));
  }

  @Test
  void twoProbes_quickAnswerFirst_thenThe3dModelWithTheArteryAndBone() {
    List<LivePredictionSnapshot> seen = new ArrayList<>();
    editor
        .live()
        .addListener(
            () -> {
              synchronized (seen) {
                seen.add(editor.live().snapshot());
              }
            });
    planTheKnee();
    Plan plan = editor.snapshot().committed();
    Eventually.await(
        "the final answer",
        Duration.ofSeconds(180),
        () -> editor.settled() && editor.snapshot().live().finalFor(plan),
        () -> editor.snapshot().live().toString());
    LivePredictionSnapshot quick;
    synchronized (seen) {
      quick =
          seen.stream()
              .filter(s -> plan.equals(s.answeredPlan()) && s.stage() == PredictionStage.QUICK)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no quick answer for the plan"));
    }
    var quickAnswer = quick.predictions().getFirst().prediction().orElseThrow();
    assertEquals(ModelPath.AXISYMMETRIC, quickAnswer.path());
    assertTrue(quickAnswer.pathReason().startsWith("each of the 2 probes alone"));
    assertTrue(quick.provisional());
    assertEquals(2, quickAnswer.iceBalls().size(), "one lone ice ball per probe");

    LivePredictionSnapshot last = editor.snapshot().live();
    var answer = last.predictions().getFirst().prediction().orElseThrow();
    assertEquals(ModelPath.THREE_D, answer.path(), answer.pathReason());
    assertFalse(last.provisional());
    var report = last.report().orElseThrow();
    var dose =
        report.results().stream().filter(r -> r.check().equals("nerveDose")).findFirst().get();
    assertEquals(CheckStatus.PASS, dose.status(), dose.message());
    var path = report.results().stream().filter(r -> r.check().equals("path")).findFirst().get();
    assertEquals(CheckStatus.PASS, path.status(), path.message());

    // The surfaces at the end of the last freeze, cut by the axial plane of the probes: the -20 C
    // isotherm reaches round both tips, the 0 C one round it.
    double end = IceDisplay.largestIceSec(plan.targets().getFirst().protocol());
    var axial = IceDisplay.sections(last, end, TIP_1, new Vector3(1, 0, 0), new Vector3(0, 1, 0));
    for (double isotherm : IceDisplay.ISOTHERMS_C) {
      assertTrue(
          axial.stream().anyMatch(p -> p.isothermC() == isotherm), "the " + isotherm + " C cut");
    }
    for (Vector3 tip : List.of(TIP_1, TIP_2)) {
      double nearest =
          axial.stream()
              .filter(p -> p.isothermC() == -20)
              .mapToDouble(p -> p.from().minus(tip).length())
              .min()
              .orElseThrow();
      assertTrue(nearest > 1 && nearest < 6, "-20 C lies " + nearest + " mm from a tip");
    }
    // Every cut point lies in the plane it was cut by.
    axial.forEach(p -> assertEquals(SLICE_Z, p.from().z(), 1e-9));
    // A coronal plane far from the ice cuts nothing.
    assertTrue(
        IceDisplay.sections(
                last, end, new Vector3(0, 60, 0), new Vector3(1, 0, 0), new Vector3(0, 0, -1))
            .isEmpty());
    assertTrue(
        planes.snapshot().view(PlaneKind.AXIAL) != null, "the planes loaded the same volume");

    // The 3-D view's plan layer: the probes, the nerve, the artery and, with the final answer
    // only, its isotherm surfaces at the time shown (a quick answer's would be redrawn on every
    // drag step).
    var scene = PlanScene.of(editor.snapshot(), end);
    assertEquals(2, scene.probes().size());
    assertEquals(1, scene.nerves().size());
    assertEquals(1, scene.vessels().size());
    assertEquals(
        List.of(0.0, -20.0, -40.0),
        scene.isotherms().stream().map(s -> s.isothermC()).toList(),
        "the final answer's surfaces at the end of the last freeze");
    assertEquals(TIP_1, scene.probes().getFirst().tip_Patient());
    assertEquals(
        ENTRY_1.minus(TIP_1).length(),
        scene.probes().getFirst().shownLengthMm(),
        1e-9,
        "drawn from the tip to the entry point");
    var quickSnapshot =
        new PlanEditorSnapshot(
            0,
            series,
            1,
            plan,
            plan,
            null,
            List.of(),
            PlanTool.MOVE,
            null,
            0,
            "console-14g-co2",
            List.of(),
            false,
            false,
            false,
            "",
            "",
            false,
            quick,
            Optional.empty());
    assertTrue(PlanScene.of(quickSnapshot, end).isotherms().isEmpty());
  }
}
