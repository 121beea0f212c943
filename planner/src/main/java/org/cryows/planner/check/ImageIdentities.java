package org.cryows.planner.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.dataset.DicomDataset;
import org.cryows.imaging.dataset.DicomReadException;
import org.cryows.imaging.dataset.Tags;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.Plan;

/** Reads the identity of the image files a plan names (their headers only). */
public final class ImageIdentities {

  private ImageIdentities() {}

  /**
   * Per image of the plan, in order: what its file holds, relative paths taken from the plan's
   * folder.
   */
  public static List<ObservedImage> read(Plan plan, Path planFolder) {
    List<ObservedImage> observed = new ArrayList<>();
    for (int i = 0; i < plan.images().size(); i++) {
      NamedImage image = plan.images().get(i);
      if (image.file().isEmpty()) {
        observed.add(ObservedImage.notRead(i));
        continue;
      }
      Path file = resolve(planFolder, image.file().get());
      try {
        DicomDataset header = DicomImages.read(file).header();
        Optional<String> laterality =
            header
                .string(Tags.IMAGE_LATERALITY)
                .filter(s -> !s.isBlank())
                .or(() -> header.string(Tags.LATERALITY).filter(s -> !s.isBlank()))
                .map(String::strip);
        observed.add(
            new ObservedImage(
                i,
                Optional.of(header.string(Tags.SOP_INSTANCE_UID).orElse("").strip()),
                Optional.of(header.string(Tags.PATIENT_ID).orElse("").strip()),
                laterality,
                Optional.empty()));
      } catch (DicomReadException | RuntimeException e) {
        observed.add(
            new ObservedImage(
                i,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("cannot read " + file + ": " + e.getMessage())));
      }
    }
    return observed;
  }

  /** A file the plan names, relative to the plan's folder unless absolute. */
  public static Path resolve(Path planFolder, String file) {
    Path path = Path.of(file);
    return path.isAbsolute() ? path : planFolder.resolve(path).normalize();
  }
}
