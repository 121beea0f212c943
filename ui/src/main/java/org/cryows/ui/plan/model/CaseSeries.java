package org.cryows.ui.plan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.Tags;
import org.cryows.imaging.source.Instance;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.PatientIdentity;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFrame;
import org.cryows.planner.plan.Side;
import org.cryows.ui.planes.model.LoadedVolume;

/**
 * A CT or MR series a plan is made on, in the patient frame (DICOM LPS, mm) its volume is placed
 * in: the plan names the series' first image (its identity checked as for an ultrasound image), and
 * its file is PLAN.json beside that image. Marks are made in any plane view of the volume.
 *
 * @param volume the series' volume as the plane views show it (the skin and bone sides are read
 *     from its values)
 * @param sopInstanceUids every image of the series: a plan naming any of them is a plan on it
 */
public record CaseSeries(
    LoadedVolume volume,
    Path firstFile,
    Set<String> sopInstanceUids,
    NamedImage first,
    String patientName,
    String bodyPart)
    implements PlanCase {

  /**
   * How far each side of a marked line the values are compared, mm (a few voxels of fat or air).
   */
  static final double SIDE_SAMPLE_MM = 4;

  public CaseSeries {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(firstFile, "firstFile");
    sopInstanceUids = Set.copyOf(sopInstanceUids);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(patientName, "patientName");
    Objects.requireNonNull(bodyPart, "bodyPart");
  }

  /** The case of a loaded volume; empty when its first image has no header or UID to name. */
  public static Optional<CaseSeries> of(LoadedVolume loaded) {
    List<Instance> instances = loaded.series().instances();
    Instance firstImage =
        instances.stream().filter(i -> i.image().isPresent()).findFirst().orElse(null);
    if (firstImage == null || firstImage.sopInstanceUid().isBlank()) {
      return Optional.empty();
    }
    DicomDataset header = firstImage.image().get().header();
    Optional<String> laterality =
        header
            .string(Tags.IMAGE_LATERALITY)
            .filter(s -> !s.isBlank())
            .or(() -> header.string(Tags.LATERALITY).filter(s -> !s.isBlank()))
            .map(String::strip)
            .filter(s -> Set.of("L", "R", "B", "U").contains(s));
    Path file = firstImage.path().toAbsolutePath().normalize();
    NamedImage named =
        new NamedImage(
            firstImage.sopInstanceUid().strip(),
            Optional.of(file.getFileName().toString()),
            header.string(Tags.PATIENT_ID).orElse("").strip(),
            laterality);
    return Optional.of(
        new CaseSeries(
            loaded,
            file,
            instances.stream()
                .map(i -> i.sopInstanceUid().strip())
                .collect(java.util.stream.Collectors.toSet()),
            named,
            header.string(Tags.PATIENT_NAME).orElse("").strip(),
            header.string(Tags.BODY_PART_EXAMINED).orElse("").strip()));
  }

  @Override
  public Path planFile() {
    return firstFile.resolveSibling(PLAN_FILE);
  }

  @Override
  public PlanFrame frame(int frameNumber) {
    return new PlanFrame.Patient();
  }

  @Override
  public PatientIdentity patient() {
    return new PatientIdentity(first.patientId(), patientName);
  }

  @Override
  public List<NamedImage> named() {
    return List.of(first);
  }

  @Override
  public Optional<Side> side() {
    return first.laterality().filter(l -> l.equals("L") || l.equals("R")).map(Side::valueOf);
  }

  /** A plan in the patient frame that names an image of this series. */
  @Override
  public boolean holds(Plan plan) {
    return plan.frame() instanceof PlanFrame.Patient
        && plan.images().stream().anyMatch(i -> sopInstanceUids.contains(i.sopInstanceUid()));
  }

  /**
   * Out of the body is air, darker than the skin it leaves on CT and MR alike; out of the bone is
   * soft tissue, less dense than bone on CT but brighter on MR, where cortical bone gives no
   * signal. So towards the lower values, but for a bone on MR towards the higher. The values are
   * averaged over {@value #SIDE_SAMPLE_MM} mm each side of the mark; a tie keeps the normal as
   * given.
   */
  @Override
  public Vector3 outward(Vector3 point_Plan, Vector3 normal_Plan, boolean bone) {
    Vector3 n = normal_Plan.normalized();
    double ahead = 0;
    double behind = 0;
    int samples = 8;
    for (int i = 1; i <= samples; i++) {
      double d = SIDE_SAMPLE_MM * i / samples;
      ahead += valueAt(point_Plan.plus(n.times(d)));
      behind += valueAt(point_Plan.minus(n.times(d)));
    }
    boolean towardsHigher = bone && !"CT".equals(volume.modality());
    boolean flip = towardsHigher ? behind > ahead : behind < ahead;
    return flip ? n.times(-1) : n;
  }

  private double valueAt(Vector3 point_Patient) {
    Vector3 index = volume.grid().index(point_Patient);
    return volume.volume().interpolate(index.x(), index.y(), index.z(), lowest());
  }

  /** Outside the volume counts as the lowest value: the scanner saw nothing there, as in air. */
  private double lowest() {
    return volume.values().lowPercentile();
  }

  @Override
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s series of %d images",
        volume.modality(),
        volume.series().instances().size());
  }
}
