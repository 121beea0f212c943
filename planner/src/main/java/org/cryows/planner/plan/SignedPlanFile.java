package org.cryows.planner.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a plan file is signed and unchanged since: its content against the content its signature
 * records (every changed value named, even one that makes the plan unreadable), then the plan read
 * strictly, then the signature against the case's audit log when there is one beside the plan (who,
 * as which OS user, when: a signature edited by hand no longer matches the record made when it was
 * given). What {@code plan verify} and {@code plan protocol} rest on.
 *
 * @param plan the plan, when it is signed and intact
 * @param notes what was not cross-checked (no audit log beside the plan)
 */
public record SignedPlanFile(
    PlanVerification verification, Optional<Plan> plan, List<String> notes) {

  public SignedPlanFile {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(plan, "plan");
    notes = List.copyOf(notes);
  }

  public boolean intact() {
    return verification.intact();
  }

  /**
   * @throws PlanFormatException when the file is not a plan (not JSON, a newer or broken schema, a
   *     field the reader refuses in a plan whose signature still covers it)
   * @throws IOException when it cannot be read
   */
  public static SignedPlanFile verify(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    PlanVerification verification = PlanVerification.ofFile(text);
    if (!verification.intact()) {
      return new SignedPlanFile(verification, Optional.empty(), List.of());
    }
    Plan plan = PlanJson.read(text);
    Signature signature = plan.signature().orElseThrow();
    Optional<JsonNode> recorded = AuditLog.signingOf(file, signature.planHash());
    if (recorded.isEmpty()) {
      if (Files.exists(AuditLog.beside(file))) {
        return changed(
            "signature: the audit log "
                + AuditLog.beside(file)
                + " has no record of signing "
                + signature.planHash());
      }
      return new SignedPlanFile(
          verification,
          Optional.of(plan),
          List.of(
              "no audit log beside the plan ("
                  + AuditLog.beside(file)
                  + "): the signature's user and time were not cross-checked"));
    }
    List<String> changes = new ArrayList<>();
    compare("user", signature.user(), recorded.get(), changes);
    compare("role", signature.role(), recorded.get(), changes);
    compare("osUser", signature.osUser(), recorded.get(), changes);
    compare("signedUtc", signature.signedUtc().toString(), "utc", recorded.get(), changes);
    compare("revision", Long.toString(plan.revision()), recorded.get(), changes);
    if (!changes.isEmpty()) {
      return new SignedPlanFile(
          new PlanVerification(PlanVerification.Status.CHANGED, changes),
          Optional.empty(),
          List.of());
    }
    return new SignedPlanFile(verification, Optional.of(plan), List.of());
  }

  private static SignedPlanFile changed(String change) {
    return new SignedPlanFile(
        new PlanVerification(PlanVerification.Status.CHANGED, List.of(change)),
        Optional.empty(),
        List.of());
  }

  private static void compare(String field, String value, JsonNode recorded, List<String> out) {
    compare(field, value, field, recorded, out);
  }

  private static void compare(
      String field, String value, String recordField, JsonNode recorded, List<String> out) {
    String logged = recorded.path(recordField).asText();
    if (!logged.equals(value)) {
      String prefix = field.equals("revision") ? "" : "signature.";
      out.add(prefix + field + ": \"" + value + "\" but the audit log recorded \"" + logged + "\"");
    }
  }
}
