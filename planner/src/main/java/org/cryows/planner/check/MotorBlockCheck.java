package org.cryows.planner.check;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Target;

/**
 * {@code motorBlock}: a mixed nerve (motor fibres with the sensory ones) risks a prolonged motor
 * block (DOMAIN.md: the catalog says which nerves are sensory): warn for a mixed nerve, pass for a
 * sensory one.
 */
final class MotorBlockCheck {

  static final String NAME = "motorBlock";

  private MotorBlockCheck() {}

  static CheckResult evaluate(Target target) {
    var nerve = target.nerveEntry();
    boolean sensory = nerve.sensory();
    return new CheckResult(
        NAME,
        Optional.of(target.nerve()),
        sensory ? CheckStatus.PASS : CheckStatus.WARN,
        OptionalDouble.empty(),
        "",
        OptionalDouble.empty(),
        sensory
            ? nerve.name() + " is sensory"
            : nerve.name()
                + " is a mixed nerve: a prolonged motor block is possible ("
                + nerve.fibres()
                + ")",
        Map.of());
  }
}
