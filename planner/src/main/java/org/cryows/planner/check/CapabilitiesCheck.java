package org.cryows.planner.check;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cryows.planner.plan.Target;
import org.cryows.treatment.ConsoleCapabilities;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.JouleThomsonTip;

/**
 * {@code capabilities}: whether the console can run the target's protocol: a gas it drives, no
 * active thaw it cannot do (fail otherwise); and whether the setpoint lies within what the tip
 * reaches with that gas at the console's regulated pressure (warn when colder: the console holds
 * the tip at what it reaches, and the prediction freezes with that). The figure is the setpoint,
 * the limit the coldest tip the console holds.
 */
final class CapabilitiesCheck {

  static final String NAME = "capabilities";

  private CapabilitiesCheck() {}

  static CheckResult evaluate(Target target, ConsoleCapabilities console) {
    Optional<String> nerve = Optional.of(target.nerve());
    FreezeProtocol protocol = target.protocol();
    var refusal = console.refusal(protocol);
    if (refusal.isPresent()) {
      return new CheckResult(
          NAME,
          nerve,
          CheckStatus.FAIL,
          OptionalDouble.of(protocol.setpointC()),
          "C",
          OptionalDouble.empty(),
          refusal.get(),
          Map.of());
    }
    double reachable =
        JouleThomsonTip.reachableTipC(protocol.gas(), console.regulatedSupplyKPa(), console);
    boolean within =
        CheckResult.oneDecimal(protocol.setpointC()) >= CheckResult.oneDecimal(reachable);
    String pressure = String.format(java.util.Locale.ROOT, "%.0f", console.regulatedSupplyKPa());
    String message =
        within
            ? protocol.gas()
                + " at "
                + CheckResult.text(protocol.setpointC())
                + " C: within the console's reach ("
                + CheckResult.text(reachable)
                + " C at "
                + pressure
                + " kPa)"
            : "setpoint "
                + CheckResult.text(protocol.setpointC())
                + " C is colder than the console's "
                + protocol.gas()
                + " tip reaches at "
                + pressure
                + " kPa ("
                + CheckResult.text(reachable)
                + " C); the tip will be held there and the prediction freezes with it";
    return new CheckResult(
        NAME,
        nerve,
        within ? CheckStatus.PASS : CheckStatus.WARN,
        OptionalDouble.of(protocol.setpointC()),
        "C",
        OptionalDouble.of(reachable),
        message,
        Map.of());
  }
}
