package org.cryows.probecontrol.interlock;

import java.util.Optional;
import java.util.TreeSet;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The console raised an alarm of its own (its firmware safety acted or it found a fault). The
 * workstation follows it into the safe state rather than argue with it, and stays there until the
 * console clears its alarm.
 */
public final class ConsoleAlarmInterlock implements Interlock {

  public static final String CODE = "CONSOLE_ALARM";

  private static final InterlockSpec SPEC =
      InterlockSpec.of(CODE, "Console alarm", AlarmPriority.HIGH, 100, SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.consoleAlarms().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "console alarm " + String.join(", ", new TreeSet<>(context.consoleAlarms())));
  }
}
