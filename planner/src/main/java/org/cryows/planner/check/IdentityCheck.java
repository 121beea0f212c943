package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.NamedImage;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.Target;

/**
 * {@code identity}: the plan's patient and the target's side against the images the plan names:
 * each image's Patient ID must be the plan's, and an image's laterality (Image Laterality, else
 * Laterality) of L or R must be the target's side. An image with a file is compared as the file
 * reads now (its SOP Instance UID and Patient ID must also be what the plan recorded: another file
 * in its place fails); without a file, as the plan recorded it. A plan naming no image: warn,
 * nothing to compare. A file that cannot be read: warn, compared as recorded.
 */
final class IdentityCheck {

  static final String NAME = "identity";

  private IdentityCheck() {}

  static CheckResult evaluate(Plan plan, Target target, List<ObservedImage> observed) {
    Optional<String> nerve = Optional.of(target.nerve());
    if (plan.images().isEmpty()) {
      return result(
          nerve,
          CheckStatus.WARN,
          "the plan names no images: patient "
              + plan.patient().id()
              + " and side "
              + target.side()
              + " not compared with any");
    }
    List<String> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> compared = new ArrayList<>();
    for (int i = 0; i < plan.images().size(); i++) {
      NamedImage image = plan.images().get(i);
      String label = "images[" + i + "]";
      ObservedImage seen = i < observed.size() ? observed.get(i) : ObservedImage.notRead(i);
      String patientId = image.patientId();
      Optional<String> laterality = image.laterality();
      if (seen.problem().isPresent()) {
        warnings.add(label + ": " + seen.problem().get() + "; compared as recorded in the plan");
      } else if (seen.read()) {
        if (!seen.sopInstanceUid().get().equals(image.sopInstanceUid())) {
          failures.add(
              label
                  + ": the file holds image "
                  + seen.sopInstanceUid().get()
                  + ", not "
                  + image.sopInstanceUid()
                  + " the plan was made on");
        }
        if (!seen.patientId().get().equals(image.patientId())) {
          failures.add(
              label
                  + ": the file's Patient ID is "
                  + quoted(seen.patientId().get())
                  + ", the plan recorded "
                  + quoted(image.patientId()));
        }
        patientId = seen.patientId().get();
        laterality = seen.laterality();
      }
      if (!patientId.equals(plan.patient().id())) {
        failures.add(
            label
                + ": Patient ID "
                + quoted(patientId)
                + " is not the plan's patient "
                + quoted(plan.patient().id()));
      }
      if (laterality.isPresent()
          && (laterality.get().equals("L") || laterality.get().equals("R"))
          && !laterality.get().equals(target.side().name())) {
        failures.add(
            label
                + ": the image is of side "
                + laterality.get()
                + ", the target of "
                + target.side());
      }
      compared.add(
          label
              + " ("
              + (seen.read() ? "file" : "as recorded")
              + ", laterality "
              + laterality.orElse("none")
              + ")");
    }
    if (!failures.isEmpty()) {
      return result(nerve, CheckStatus.FAIL, String.join("; ", failures));
    }
    String agreed =
        "patient "
            + plan.patient().id()
            + " and side "
            + target.side()
            + " agree with "
            + String.join(", ", compared);
    if (!warnings.isEmpty()) {
      return result(nerve, CheckStatus.WARN, String.join("; ", warnings) + "; " + agreed);
    }
    return result(nerve, CheckStatus.PASS, agreed);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static CheckResult result(Optional<String> nerve, CheckStatus status, String message) {
    return new CheckResult(
        NAME, nerve, status, OptionalDouble.empty(), "", OptionalDouble.empty(), message, Map.of());
  }
}
