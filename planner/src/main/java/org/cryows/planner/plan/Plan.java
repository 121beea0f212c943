package org.cryows.planner.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.thermal.TissueCatalog;
import org.cryows.treatment.FreezeProtocol;

/**
 * A treatment plan, one revision of it: the patient, the targets (each a nerve with its probes and
 * protocol), the structures marked near them, the tissue, the contraindication answers, the images
 * it was made on, and the sign-off if it has one. Immutable; every edit returns a new, unsigned
 * revision (the revision number plus one), so a signature always covers exactly the revision it was
 * given to. PLAN.json (schema {@value #SCHEMA}) is its file form: planner/docs/plan.md.
 *
 * @param revision increases with every edit; a prediction made for one revision is stale for any
 *     other
 */
public record Plan(
    PlanFrame frame,
    PatientIdentity patient,
    List<Target> targets,
    List<PlanStructure> structures,
    String tissue,
    Contraindications contraindications,
    List<NamedImage> images,
    long revision,
    Optional<Signature> signature) {

  /** The schema this workstation reads and writes. */
  public static final String SCHEMA = "cryo-plan/1";

  public Plan {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(contraindications, "contraindications");
    Objects.requireNonNull(signature, "signature");
    targets = List.copyOf(targets);
    structures = List.copyOf(structures);
    images = List.copyOf(images);
    tissue = TissueCatalog.byName(tissue).name();
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one target");
    }
    if (revision < 1) {
      throw new IllegalArgumentException("revisions are numbered from 1, was " + revision);
    }
    Set<String> nerves = new HashSet<>();
    for (Target target : targets) {
      if (!nerves.add(target.nerve())) {
        throw new IllegalArgumentException(
            "nerve " + target.nerve() + " is targeted twice; one target per nerve");
      }
    }
    if (structures.stream().filter(s -> s instanceof PlanStructure.Skin).count() > 1) {
      throw new IllegalArgumentException("one skin plane at most");
    }
    Set<String> uids = new HashSet<>();
    for (NamedImage image : images) {
      if (!uids.add(image.sopInstanceUid())) {
        throw new IllegalArgumentException("image " + image.sopInstanceUid() + " is named twice");
      }
    }
    if (frame instanceof PlanFrame.Image image && !uids.contains(image.sopInstanceUid())) {
      throw new IllegalArgumentException(
          "the frame's image " + image.sopInstanceUid() + " is not among the plan's images");
    }
  }

  /** A first, unsigned revision. */
  public static Plan draft(
      PlanFrame frame,
      PatientIdentity patient,
      List<Target> targets,
      List<PlanStructure> structures,
      String tissue,
      Contraindications contraindications,
      List<NamedImage> images) {
    return new Plan(
        frame,
        patient,
        targets,
        structures,
        tissue,
        contraindications,
        images,
        1,
        Optional.empty());
  }

  public boolean isSigned() {
    return signature.isPresent();
  }

  /** The skin plane, if the plan marks one. */
  public Optional<PlanStructure.Skin> skin() {
    return structures.stream()
        .filter(s -> s instanceof PlanStructure.Skin)
        .map(s -> (PlanStructure.Skin) s)
        .findFirst();
  }

  /** The image the plan's frame is, when it is an image frame. */
  public Optional<NamedImage> frameImage() {
    if (frame instanceof PlanFrame.Image image) {
      return images.stream()
          .filter(i -> i.sopInstanceUid().equals(image.sopInstanceUid()))
          .findFirst();
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ edits: new revisions

  public Plan withTarget(int index, Target target) {
    List<Target> changed = new ArrayList<>(targets);
    changed.set(index, target);
    return edited(changed, structures, patient, tissue, contraindications, images);
  }

  /**
   * Edits one target with a function of it (move a probe, retrace the nerve, change the protocol).
   */
  public Plan withTarget(int index, UnaryOperator<Target> edit) {
    return withTarget(index, edit.apply(targets.get(index)));
  }

  public Plan addTarget(Target target) {
    List<Target> changed = new ArrayList<>(targets);
    changed.add(target);
    return edited(changed, structures, patient, tissue, contraindications, images);
  }

  public Plan removeTarget(int index) {
    List<Target> changed = new ArrayList<>(targets);
    changed.remove(index);
    return edited(changed, structures, patient, tissue, contraindications, images);
  }

  public Plan withProbe(int targetIndex, int probeIndex, PlannedProbe probe) {
    return withTarget(targetIndex, t -> t.withProbe(probeIndex, probe));
  }

  public Plan withProbeTip(int targetIndex, int probeIndex, Vector3 tipMm) {
    return withTarget(
        targetIndex, t -> t.withProbe(probeIndex, t.probes().get(probeIndex).withTip(tipMm)));
  }

  public Plan withNervePath(int targetIndex, List<Vector3> pathMm) {
    return withTarget(targetIndex, t -> t.withPath(pathMm));
  }

  public Plan withProtocol(int targetIndex, FreezeProtocol protocol) {
    return withTarget(targetIndex, t -> t.withProtocol(protocol));
  }

  public Plan withStructures(List<PlanStructure> newStructures) {
    return edited(targets, newStructures, patient, tissue, contraindications, images);
  }

  public Plan addStructure(PlanStructure structure) {
    List<PlanStructure> changed = new ArrayList<>(structures);
    changed.add(structure);
    return withStructures(changed);
  }

  public Plan removeStructure(int index) {
    List<PlanStructure> changed = new ArrayList<>(structures);
    changed.remove(index);
    return withStructures(changed);
  }

  public Plan withPatient(PatientIdentity newPatient) {
    return edited(targets, structures, newPatient, tissue, contraindications, images);
  }

  public Plan withTissue(String newTissue) {
    return edited(targets, structures, patient, newTissue, contraindications, images);
  }

  public Plan withContraindications(Contraindications answers) {
    return edited(targets, structures, patient, tissue, answers, images);
  }

  public Plan withImages(List<NamedImage> newImages) {
    return edited(targets, structures, patient, tissue, contraindications, newImages);
  }

  // ------------------------------------------------------------------ revision and sign-off

  /** The same content under another revision number, unsigned (the history numbers revisions). */
  public Plan asRevision(long newRevision) {
    return new Plan(
        frame,
        patient,
        targets,
        structures,
        tissue,
        contraindications,
        images,
        newRevision,
        Optional.empty());
  }

  /** This revision with its sign-off; {@link SignOff} makes one. */
  public Plan signedWith(Signature newSignature) {
    return new Plan(
        frame,
        patient,
        targets,
        structures,
        tissue,
        contraindications,
        images,
        revision,
        Optional.of(newSignature));
  }

  /** This revision without a sign-off. */
  public Plan unsigned() {
    return asRevision(revision);
  }

  private Plan edited(
      List<Target> newTargets,
      List<PlanStructure> newStructures,
      PatientIdentity newPatient,
      String newTissue,
      Contraindications newAnswers,
      List<NamedImage> newImages) {
    return new Plan(
        frame,
        newPatient,
        newTargets,
        newStructures,
        newTissue,
        newAnswers,
        newImages,
        revision + 1,
        Optional.empty());
  }
}
