package org.cryows.ui.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.Target;

/**
 * The plan the CT window test makes on the samples' CT knee phantom (patient frame, mm): the
 * superior medial genicular nerve traced along the femur's medial surface in the axial slice z =
 * -371, its artery where it crosses the coronal plane y = 9.25 (truth.json), the medial skin and
 * the femur's surface, two 14G CO2 probes either side of the middle of the nerve, one from behind
 * and one from the front; the catalog's SMGN protocol.
 */
final class CtKneePlan {

  static final double Z = -371;

  static final Vector3 TIP_1 = new Vector3(-62.6, 7, Z);
  static final Vector3 ENTRY_1 = new Vector3(-56.6, 36.4, Z);
  static final Vector3 TIP_2 = new Vector3(-62.6, 5, Z);
  static final Vector3 ENTRY_2 = new Vector3(-56.6, -24, Z);

  private CtKneePlan() {}

  /**
   * The plan on the phantom in {@code folder} (its CT0001.dcm named), tip 1 moved by {@code dx}.
   */
  static Plan of(Path folder, double dxMm) throws IOException {
    Path first = folder.resolve("CT0001.dcm");
    var header = DicomImages.read(first).header();
    String patientId = header.string(Tags.PATIENT_ID).orElse("").strip();
    Target target =
        new Target(
            "SMGN",
            Side.R,
            List.of(
                new Vector3(-65.0, 14, Z),
                new Vector3(-63.6, 8, Z),
                new Vector3(-63.6, 4, Z),
                new Vector3(-65.0, -2, Z)),
            List.of(
                new PlannedProbe("console-14g-co2", TIP_1.plus(new Vector3(dxMm, 0, 0)), ENTRY_1),
                new PlannedProbe("console-14g-co2", TIP_2, ENTRY_2)),
            NerveCatalog.byId("SMGN").protocol());
    Vector3 artery = new Vector3(-61.87, 9.25, -374.4);
    return Plan.draft(
        new PlanFrame.Patient(),
        new PatientIdentity(patientId, header.string(Tags.PATIENT_NAME).orElse("").strip()),
        List.of(target),
        List.of(
            new PlanStructure.Vessel(
                "superior medial genicular artery",
                List.of(artery.minus(new Vector3(0, 10, 0)), artery.plus(new Vector3(0, 10, 0))),
                1.8),
            new PlanStructure.Skin(new Vector3(-40.2, 5, Z), new Vector3(1, 0, 0)),
            new PlanStructure.Bone(new Vector3(-66.5, 6, Z), new Vector3(1, 0, 0))),
        "generic",
        Contraindications.unanswered(),
        List.of(
            new NamedImage(
                header.string(Tags.SOP_INSTANCE_UID).orElseThrow().strip(),
                Optional.of(first.getFileName().toString()),
                patientId,
                header.string(Tags.IMAGE_LATERALITY).map(String::strip))));
  }
}
