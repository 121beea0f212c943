package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;

/**
 * The console's emergency-stop button is pressed. The controller enters ESTOP, closes both valves
 * and vents; it stays there until the button is released and the operator acknowledges. (The
 * workstation's own e-stop is an operator action the controller handles directly.)
 */
public final class EStopInterlock implements Interlock {

  public static final String CODE = "ESTOP";

  private static final InterlockSpec SPEC =
      new InterlockSpec(
          CODE, "Emergency stop pressed", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT, true);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.hasSample() && context.latest().estopPressed()) {
      return Optional.of("the console's emergency stop is pressed");
    }
    return context
        .consoleReports(Fault.ESTOP)
        .map(d -> "the console's emergency stop is pressed (console event: " + d + ")");
  }
}
