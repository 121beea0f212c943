package org.cryows.planner.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answers to the contraindication questions (seed 002, DOMAIN.md): local infection, a severe
 * coagulation disorder, a cold-related disease such as Raynaud's. Each is yes, no, or not answered
 * (empty).
 */
public record Contraindications(
    Optional<Boolean> localInfection,
    Optional<Boolean> coagulationDisorder,
    Optional<Boolean> coldDisease) {

  public Contraindications {
    Objects.requireNonNull(localInfection, "localInfection");
    Objects.requireNonNull(coagulationDisorder, "coagulationDisorder");
    Objects.requireNonNull(coldDisease, "coldDisease");
  }

  /** Nothing asked yet. */
  public static Contraindications unanswered() {
    return new Contraindications(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Every question answered no. */
  public static Contraindications none() {
    return new Contraindications(Optional.of(false), Optional.of(false), Optional.of(false));
  }

  /** The answers by their PLAN.json field names, in the questions' order. */
  public Map<String, Optional<Boolean>> byField() {
    Map<String, Optional<Boolean>> answers = new LinkedHashMap<>();
    answers.put("localInfection", localInfection);
    answers.put("coagulationDisorder", coagulationDisorder);
    answers.put("coldDisease", coldDisease);
    return answers;
  }

  /** What each question asks about, for messages. */
  public static String describe(String field) {
    return switch (field) {
      case "localInfection" -> "local infection at the site";
      case "coagulationDisorder" -> "severe coagulation disorder";
      case "coldDisease" -> "cold-related disease (Raynaud's, cryoglobulinaemia, cold urticaria)";
      default -> throw new IllegalArgumentException("no contraindication " + field);
    };
  }
}
