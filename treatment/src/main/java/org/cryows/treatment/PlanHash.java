package org.cryows.treatment;

import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content hash of a signed plan, as the plan, the console protocol it gives and the session
 * journal carry it: {@code sha256:} and 64 lower-case hex digits, the SHA-256 of the plan's
 * canonical form (planner/docs/plan.md says how that form is made). A protocol that carries one
 * says which signed plan it came from.
 */
public record PlanHash(String value) {

  private static final String PREFIX = "sha256:";
  private static final Pattern FORM = Pattern.compile("sha256:[0-9a-f]{64}");

  public PlanHash {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a plan hash is \"sha256:\" and 64 lower-case hex digits, was \"" + value + "\"");
    }
  }

  /** The hash of a SHA-256 digest (32 bytes). */
  public static PlanHash ofDigest(byte[] sha256) {
    if (sha256 == null || sha256.length != 32) {
      throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
    }
    return new PlanHash(PREFIX + HexFormat.of().formatHex(sha256));
  }

  @Override
  public String toString() {
    return value;
  }
}
