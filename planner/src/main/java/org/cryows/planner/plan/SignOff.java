package org.cryows.planner.plan;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Signing a plan: only a radiologist signs; a plan whose checks fail is signed only with the reason
 * for accepting it; a signed plan still intact is not signed again. A plan changed after its
 * signature lost that signature: it is signed as a new revision. The signature records the
 * canonical content it covers and its hash.
 */
public final class SignOff {

  private SignOff() {}

  /** What the signing radiologist gives. */
  public record Request(String user, String role, Optional<String> acceptFailedReason) {
    public Request {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(acceptFailedReason, "acceptFailedReason");
    }
  }

  /** The outcome: signed, or refused and why. */
  public sealed interface Outcome {}

  /** Signed: the plan to save and record in the audit log. */
  public record Signed(Plan plan) implements Outcome {}

  /**
   * Not signed.
   *
   * @param invalidInput true when the request itself is wrong (a role other than radiologist, no
   *     user, a blank reason), false when the plan is refused (a failed check, already signed)
   */
  public record Refused(String field, String reason, boolean invalidInput) implements Outcome {}

  /**
   * Signs a plan whose checks came out as {@code checkSummary} ({@code pass}, {@code warn} or
   * {@code fail}).
   */
  public static Outcome sign(
      Plan plan, String checkSummary, Request request, Instant now, String osUser) {
    Optional<Refused> early = refusalBeforeChecks(plan, request);
    if (early.isPresent()) {
      return early.get();
    }
    Plan toSign = plan;
    if (plan.isSigned()) {
      // Changed after its signature: the signature no longer covers it; a new revision is signed.
      toSign = plan.asRevision(plan.revision() + 1);
    }
    if (checkSummary.equals("fail") && request.acceptFailedReason().isEmpty()) {
      return new Refused(
          "(checks)",
          "a check fails; sign only with --accept-failed REASON after reviewing it",
          false);
    }
    String content = PlanHashes.canonicalContent(toSign);
    Signature signature =
        new Signature(
            request.user(),
            request.role(),
            now,
            osUser,
            PlanHashes.ofCanonical(content),
            checkSummary,
            request.acceptFailedReason(),
            content);
    return new Signed(toSign.signedWith(signature));
  }

  /**
   * What refuses a signing before any check is run: no user, a role other than radiologist, a blank
   * reason, a plan already signed and intact.
   */
  public static Optional<Refused> refusalBeforeChecks(Plan plan, Request request) {
    if (request.user().isBlank()) {
      return Optional.of(new Refused("--user", "the signing user must be named", true));
    }
    if (!Signature.SIGNING_ROLE.equals(request.role())) {
      return Optional.of(
          new Refused(
              "--role",
              "only a "
                  + Signature.SIGNING_ROLE
                  + " may sign a plan, not a "
                  + request.role()
                  + " (nothing was changed)",
              true));
    }
    if (request.acceptFailedReason().isPresent() && request.acceptFailedReason().get().isBlank()) {
      return Optional.of(new Refused("--accept-failed", "the reason must not be blank", true));
    }
    if (plan.isSigned() && PlanVerification.of(plan).intact()) {
      Signature existing = plan.signature().get();
      return Optional.of(
          new Refused(
              "(plan)",
              "revision "
                  + plan.revision()
                  + " is already signed by "
                  + existing.user()
                  + " at "
                  + existing.signedUtc()
                  + "; a change makes a new revision to sign",
              false));
    }
    return Optional.empty();
  }
}
