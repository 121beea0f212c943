package org.cryows.planner.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Contraindications;
import org.cryows.planner.plan.Plan;

/**
 * {@code contraindications}, for the whole plan: local infection, a severe coagulation disorder and
 * a cold-related disease contraindicate the treatment (seed 002, DOMAIN.md). Fail when one is
 * present or a question is not answered; pass when every answer is no.
 */
final class ContraindicationsCheck {

  static final String NAME = "contraindications";

  private ContraindicationsCheck() {}

  static CheckResult evaluate(Plan plan) {
    List<String> present = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    plan.contraindications()
        .byField()
        .forEach(
            (field, answer) -> {
              if (answer.isEmpty()) {
                unanswered.add(field);
              } else if (answer.get()) {
                present.add(Contraindications.describe(field));
              }
            });
    String message;
    CheckStatus status;
    if (!present.isEmpty()) {
      status = CheckStatus.FAIL;
      message = "contraindicated: " + String.join(", ", present);
      if (!unanswered.isEmpty()) {
        message += "; not answered: " + String.join(", ", unanswered);
      }
    } else if (!unanswered.isEmpty()) {
      status = CheckStatus.FAIL;
      message = "not answered: " + String.join(", ", unanswered);
    } else {
      status = CheckStatus.PASS;
      message = "none: no local infection, coagulation disorder or cold-related disease";
    }
    return new CheckResult(
        NAME,
        Optional.empty(),
        status,
        OptionalDouble.empty(),
        "",
        OptionalDouble.empty(),
        message,
        Map.of());
  }
}
