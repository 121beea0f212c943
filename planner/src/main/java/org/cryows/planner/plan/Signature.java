package org.cryows.planner.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.cryows.treatment.PlanHash;

/**
 * A radiologist's sign-off of one plan revision.
 *
 * @param user who signed, as they named themselves
 * @param role always {@link #SIGNING_ROLE}: only a radiologist signs a plan
 * @param signedUtc when
 * @param osUser the operating-system account the signing ran under
 * @param planHash the content hash of the revision signed ({@link PlanHashes})
 * @param checkSummary the worst check status when it was signed: pass, warn or fail
 * @param acceptedFailed the reason given for signing despite a failed check
 * @param signedContent the canonical form of what was signed, so that a later change can be named
 */
public record Signature(
    String user,
    String role,
    Instant signedUtc,
    String osUser,
    PlanHash planHash,
    String checkSummary,
    Optional<String> acceptedFailed,
    String signedContent) {

  /** The one role that may sign a plan. */
  public static final String SIGNING_ROLE = "radiologist";

  public Signature {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(signedUtc, "signedUtc");
    Objects.requireNonNull(osUser, "osUser");
    Objects.requireNonNull(planHash, "planHash");
    Objects.requireNonNull(checkSummary, "checkSummary");
    Objects.requireNonNull(acceptedFailed, "acceptedFailed");
    Objects.requireNonNull(signedContent, "signedContent");
    if (user.isBlank()) {
      throw new IllegalArgumentException("the signing user must be named");
    }
    if (!SIGNING_ROLE.equals(role)) {
      throw new IllegalArgumentException(
          "only a " + SIGNING_ROLE + " may sign a plan (role was " + role + ")");
    }
    if (!java.util.Set.of("pass", "warn", "fail").contains(checkSummary)) {
      throw new IllegalArgumentException("checkSummary is pass, warn or fail, was " + checkSummary);
    }
    if (checkSummary.equals("fail") && acceptedFailed.isEmpty()) {
      throw new IllegalArgumentException("a plan with a failed check is signed only with a reason");
    }
    acceptedFailed.ifPresent(
        reason -> {
          if (reason.isBlank()) {
            throw new IllegalArgumentException("the reason for accepting a failed check is blank");
          }
        });
  }
}
