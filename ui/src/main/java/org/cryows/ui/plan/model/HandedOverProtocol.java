package org.cryows.ui.plan.model;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.cryows.treatment.FreezeProtocol;

/**
 * A signed plan's protocols as handed over to the Console: read from the plan file after {@code
 * SignedPlanFile.verify} found it intact, each with the plan's content hash the console records.
 *
 * @param targets per target, in the plan's order
 */
public record HandedOverProtocol(
    Path planFile, String planHash, long revision, List<TargetProtocol> targets, Instant utc) {

  public HandedOverProtocol {
    targets = List.copyOf(targets);
  }

  /** One target's protocol: the nerve id and what the console runs. */
  public record TargetProtocol(String nerve, FreezeProtocol protocol) {}
}
