package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ConsoleIdentity;

/**
 * At arm and at start: the console must have identified a probe, and that probe must not have been
 * used as often as its maker allows. Checked only then, since a console may count the use as the
 * freeze starts.
 */
public final class ProbeIdentityInterlock implements Interlock {

  public static final String CODE = "PROBE_NOT_USABLE";

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Probe not identified or used up",
          AlarmPriority.MEDIUM,
          0,
          SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.startAttempt()) {
      return Optional.empty();
    }
    ConsoleIdentity identity = context.identity();
    if (identity == null) {
      return Optional.of("the console has not identified itself");
    }
    if (!identity.probeIdentified()) {
      return Optional.of("no probe identified on console " + identity.consoleSerial());
    }
    if (identity.probeUseCountExhausted()) {
      return Optional.of(
          "probe "
              + identity.probeModel()
              + " used "
              + identity.probeUseCount()
              + " of "
              + identity.probeMaxUses()
              + " times");
    }
    return Optional.empty();
  }
}
