package org.cryows.ui.plan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.Side;

/**
 * The ultrasound image a plan is made on, as its header names it: the file, the identity the plan
 * records (SOP Instance UID, Patient ID and name, laterality) and the calibrated region whose mm
 * the plan's image frame uses. The plan's file is PLAN.json beside the image.
 *
 * @param region the first region calibrated in mm, numbered from 1 as the plan's frame counts it
 */
public record CaseImage(
    Path file,
    String sopInstanceUid,
    String patientId,
    String patientName,
    Optional<String> laterality,
    UltrasoundRegion region)
    implements PlanCase {

  public CaseImage {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
    Objects.requireNonNull(patientId, "patientId");
    Objects.requireNonNull(patientName, "patientName");
    Objects.requireNonNull(laterality, "laterality");
    Objects.requireNonNull(region, "region");
  }

  /**
   * The image's identity from its header and its calibrated regions; empty when it has no region
   * calibrated in mm (a plan on it could not be measured) or no SOP Instance UID.
   */
  public static Optional<CaseImage> of(
      Path file, DicomDataset header, List<UltrasoundRegion> calibratedRegions) {
    Optional<String> uid = header.string(Tags.SOP_INSTANCE_UID).map(String::strip);
    if (calibratedRegions.isEmpty() || uid.isEmpty() || uid.get().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> laterality =
        header
            .string(Tags.IMAGE_LATERALITY)
            .filter(s -> !s.isBlank())
            .or(() -> header.string(Tags.LATERALITY).filter(s -> !s.isBlank()))
            .map(String::strip);
    return Optional.of(
        new CaseImage(
            file.toAbsolutePath().normalize(),
            uid.get(),
            header.string(Tags.PATIENT_ID).orElse("").strip(),
            header.string(Tags.PATIENT_NAME).orElse("").strip(),
            laterality,
            calibratedRegions.getFirst()));
  }

  @Override
  public Path planFile() {
    return file.resolveSibling(PLAN_FILE);
  }

  /** The plan's frame on frame {@code frameNumber} (from 1) of this image. */
  @Override
  public PlanFrame.Image frame(int frameNumber) {
    return new PlanFrame.Image(sopInstanceUid, frameNumber, region.index());
  }

  @Override
  public List<NamedImage> named() {
    return List.of(
        new NamedImage(
            sopInstanceUid, Optional.of(file.getFileName().toString()), patientId, laterality));
  }

  @Override
  public PatientIdentity patient() {
    return new PatientIdentity(patientId, patientName);
  }

  /** The side the image says (Image Laterality L or R), if it says one. */
  @Override
  public Optional<Side> side() {
    return laterality.filter(l -> l.equals("L") || l.equals("R")).map(Side::valueOf);
  }

  /** A plan in this image's frame. */
  @Override
  public boolean holds(Plan plan) {
    return plan.frame() instanceof PlanFrame.Image frame
        && frame.sopInstanceUid().equals(sopInstanceUid);
  }

  /**
   * Up the image: towards the transducer, which lies on the skin, so out of the body and, for a
   * bone surface seen from above, out of the bone.
   */
  @Override
  public Vector3 outward(Vector3 point_Plan, Vector3 normal_Plan, boolean bone) {
    return normal_Plan.y() > 0 ? normal_Plan.times(-1) : normal_Plan;
  }

  @Override
  public String describe() {
    return file.getFileName().toString();
  }
}
