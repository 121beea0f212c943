package org.cryows.planner.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.cryows.treatment.PlanHash;

/**
 * The content hash of a plan: SHA-256 over the UTF-8 bytes of the {@link CanonicalJson canonical
 * form} of everything in PLAN.json but the signature ({@link PlanJson#contentTree}), revision
 * number included.
 */
public final class PlanHashes {

  private PlanHashes() {}

  public static PlanHash of(Plan plan) {
    return ofCanonical(canonicalContent(plan));
  }

  /** The canonical form the hash is taken over. */
  public static String canonicalContent(Plan plan) {
    return CanonicalJson.of(PlanJson.contentTree(plan));
  }

  /** The hash of a canonical form. */
  public static PlanHash ofCanonical(String canonical) {
    try {
      return PlanHash.ofDigest(
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
