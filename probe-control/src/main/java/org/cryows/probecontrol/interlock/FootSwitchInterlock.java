package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;

/**
 * The foot switch is a dead-man control: gas may flow only while it is held. It is read on two
 * channels, the workstation's own input and the console's telemetry; while FREEZING (and at each
 * freeze's start) both must say pressed. Releasing it during a thaw changes nothing, since no gas
 * flows then; the next freeze does not begin without it.
 */
public final class FootSwitchInterlock implements Interlock {

  public static final String CODE = "FOOT_SWITCH_RELEASED";

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Foot switch released during freezing",
          AlarmPriority.MEDIUM,
          100,
          SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.state() != ControllerState.FREEZING) {
      return Optional.empty();
    }
    if (!context.footSwitchActionPressed()) {
      return Optional.of("the foot switch is released (workstation input)");
    }
    if (!context.hasSample() || !context.latest().footSwitchPressed()) {
      return Optional.of("the foot switch is released (console)");
    }
    return context
        .consoleReports(Fault.FOOT_SWITCH_RELEASED)
        .map(d -> "the foot switch is released (console event: " + d + ")");
  }
}
