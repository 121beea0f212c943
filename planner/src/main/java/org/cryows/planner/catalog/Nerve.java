package org.cryows.planner.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cryows.treatment.FreezeProtocol;

/**
 * A nerve a plan can target: where to find it, what it looks like on ultrasound, whether freezing
 * it risks a motor block, the protocol recommended for it and the structures its ice must keep
 * clear of, with the sources of each.
 *
 * @param id short name used in plans, e.g. {@code SMGN} or {@code ICN-T5-L}
 * @param region the body region, e.g. {@code knee}
 * @param sensory true for a sensory nerve, false for a mixed one (a prolonged motor block is
 *     possible)
 * @param fibres what the nerve carries, with its source
 * @param protocolBasis where the recommended protocol comes from
 * @param sources the full citations of every source the entry names
 */
public record Nerve(
    String id,
    String name,
    String region,
    List<String> landmarks,
    String ultrasoundAppearance,
    Optional<String> companionVessel,
    boolean sensory,
    String fibres,
    FreezeProtocol protocol,
    String protocolBasis,
    List<KeepClear> keepClear,
    List<String> sources) {

  public Nerve {
    for (String text :
        new String[] {id, name, region, ultrasoundAppearance, fibres, protocolBasis}) {
      Objects.requireNonNull(text, "a nerve's id, name, region and descriptions are required");
      if (text.isBlank()) {
        throw new IllegalArgumentException("nerve " + id + ": a text field is blank");
      }
    }
    Objects.requireNonNull(companionVessel, "companionVessel");
    Objects.requireNonNull(protocol, "protocol");
    landmarks = List.copyOf(landmarks);
    keepClear = List.copyOf(keepClear);
    sources = List.copyOf(sources);
    if (landmarks.isEmpty() || sources.isEmpty()) {
      throw new IllegalArgumentException("nerve " + id + " needs landmarks and sources");
    }
  }
}
