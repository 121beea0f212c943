package org.cryows.samples.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.plan.AuditLog;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.SignOff;
import org.cryows.planner.plan.Target;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;

/**
 * The knee-smgn case's signed sample plan, {@code PLAN.json} with its {@code audit.jsonl}: on frame
 * 1 of the cine, in its image frame, the SMGN traced where the case's {@code truth.json} puts it
 * beside its artery, the artery, the skin and the femur marked from the same truth, one CO2 console
 * probe placed in plane from the proximal-lateral side with its tip just above the nerve, and the
 * contraindication questions answered no. The plan is checked as {@code plan check} checks it (the
 * 3-D model: bone and artery lie near the ice) and signed only when no check fails, by "Sample
 * Radiologist" at a fixed time as OS user {@code samples-generator}, so the samples stay the same
 * bytes.
 *
 * <p>The probe: the nerve lies 0.9 mm above the femur and its artery 2.9 mm away, so the 14G (2.1
 * mm) probe cannot reach past the nerve without touching one of them; its tip rests 0.9 mm lateral
 * and 0.5 mm superficial of the nerve and the shaft rises towards an entry 60 mm along the skin.
 * With the catalog's SMGN protocol (2 x 150 s at -70 C) the nerve dose comes out at 3.9 mm, under
 * the 4 mm asked; the plan uses the catalog's colder end, -75 C (CO2 at the console's regulated
 * pressure holds -75.7 C) and 3-minute freezes (its basis: 2-3 freezes of 2-3 min), 2 x (180 s
 * freeze, 60 s thaw), which gives 4.3 mm.
 */
public final class SamplePlan {

  public static final String PLAN_FILE = "PLAN.json";
  public static final String SIGNER = "Sample Radiologist";
  public static final String OS_USER = "samples-generator";
  public static final Instant SIGNED = Instant.parse("2024-05-14T14:00:00Z");

  static final String PROBE = "console-14g-co2";

  /** The probe's tip from the nerve's centre in the image plane, mm (lateral, depth). */
  static final double TIP_FROM_NERVE_X_MM = -0.9;

  static final double TIP_FROM_NERVE_Y_MM = -0.49;

  /** The entry point's distance along the skin from the region's left edge, mm. */
  static final double ENTRY_X_MM = 60;

  /** The femur's surface under the probe's tip and active segment (truth points), mm across. */
  static final double BONE_FROM_MM = 23;

  static final double BONE_TO_MM = 24;

  static final FreezeProtocol PROTOCOL =
      new FreezeProtocol(Gas.CO2, -75, List.of(new FreezeCycle(180, 60), new FreezeCycle(180, 60)));

  private SamplePlan() {}

  /**
   * Writes the signed plan and its audit log beside the cine and its truth.json; returns the files.
   *
   * @throws IOException when a check fails (the sample plan must pass) or a file cannot be written
   */
  public static List<Path> write(Path folder) throws IOException {
    JsonNode truth =
        new ObjectMapper().readTree(folder.resolve(UltrasoundCaseWriter.TRUTH_FILE).toFile());
    Plan plan = plan(truth);
    CheckedPlan checked;
    try (var service = new PredictionService()) {
      checked = CheckedPlan.check(plan, folder, service, t -> List.of());
    }
    List<String> failed = new ArrayList<>();
    for (CheckResult result : checked.report().results()) {
      if (result.status() == CheckStatus.FAIL) {
        failed.add(result.check() + ": " + result.message());
      }
    }
    if (!failed.isEmpty()) {
      throw new IOException("the sample plan fails its checks: " + String.join("; ", failed));
    }
    var outcome =
        SignOff.sign(
            plan,
            checked.report().summary().jsonName(),
            new SignOff.Request(SIGNER, "radiologist", Optional.empty()),
            SIGNED,
            OS_USER);
    if (!(outcome instanceof SignOff.Signed signed)) {
      throw new IOException("the sample plan was not signed: " + outcome);
    }
    Path file = folder.resolve(PLAN_FILE);
    PlanFile.save(file, signed.plan(), () -> AuditLog.appendSigning(file, signed.plan()));
    return List.of(file, AuditLog.beside(file));
  }

  /** The plan from the case's truth (frame 1). */
  static Plan plan(JsonNode truth) {
    JsonNode frame = truth.get("frames").get(0);
    JsonNode nerve = frame.get("nerve");
    List<Vector3> path = new ArrayList<>();
    for (JsonNode p : nerve.get("pathMm")) {
      path.add(point(p));
    }
    Vector3 centre = point2(nerve.get("centreMm"));
    double skinY = frame.get("skinMm").get(0).get(1).asDouble();
    Vector3 tip = centre.plus(new Vector3(TIP_FROM_NERVE_X_MM, TIP_FROM_NERVE_Y_MM, 0));
    Vector3 entry = new Vector3(ENTRY_X_MM, skinY, 0);
    JsonNode artery = frame.get("vessels").get(0);
    Vector3 arteryCentre = point2(artery.get("centreMm"));
    Vector3 along = new Vector3(0, 0, 10);
    List<PlanStructure> structures =
        List.of(
            new PlanStructure.Skin(new Vector3(0, skinY, 0), new Vector3(0, -1, 0)),
            bone(frame.get("bones").get(0).get("surfaceMm")),
            new PlanStructure.Vessel(
                artery.get("name").asText(),
                List.of(arteryCentre.minus(along), arteryCentre.plus(along)),
                artery.get("outerDiameterMm").asDouble()));
    String uid = truth.get("image").get("sopInstanceUid").asText();
    JsonNode patient = truth.get("patient");
    Target target =
        new Target(
            nerve.get("id").asText(),
            Side.valueOf(patient.get("laterality").asText()),
            path,
            List.of(new PlannedProbe(PROBE, tip, entry)),
            PROTOCOL);
    return Plan.draft(
        new PlanFrame.Image(uid, 1, truth.get("region").get("index").asInt()),
        new PatientIdentity(patient.get("id").asText(), patient.get("name").asText()),
        List.of(target),
        structures,
        "generic",
        Contraindications.none(),
        List.of(
            new NamedImage(
                uid,
                Optional.of(truth.get("image").get("file").asText()),
                patient.get("id").asText(),
                Optional.of(patient.get("laterality").asText()))));
  }

  /**
   * The femur as the plane through its surface points at {@link #BONE_FROM_MM} and {@link
   * #BONE_TO_MM}, square to the image, its normal out of the bone (up the image).
   */
  private static PlanStructure.Bone bone(JsonNode surface) {
    Vector3 a = null;
    Vector3 b = null;
    for (JsonNode p : surface) {
      if (Math.abs(p.get(0).asDouble() - BONE_FROM_MM) < 1e-9) {
        a = point2(p);
      }
      if (Math.abs(p.get(0).asDouble() - BONE_TO_MM) < 1e-9) {
        b = point2(p);
      }
    }
    if (a == null || b == null) {
      throw new IllegalStateException("truth.json has no femur surface at 23 and 24 mm");
    }
    Vector3 d = b.minus(a).normalized();
    Vector3 normal = new Vector3(d.y(), -d.x(), 0);
    if (normal.y() > 0) {
      normal = normal.times(-1);
    }
    return new PlanStructure.Bone(a.plus(b).times(0.5), normal);
  }

  private static Vector3 point(JsonNode p) {
    return new Vector3(p.get(0).asDouble(), p.get(1).asDouble(), p.get(2).asDouble());
  }

  private static Vector3 point2(JsonNode p) {
    return new Vector3(p.get(0).asDouble(), p.get(1).asDouble(), 0);
  }
}
