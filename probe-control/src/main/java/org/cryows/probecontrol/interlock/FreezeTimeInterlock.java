package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.treatment.FreezeCycle;

/**
 * A freeze has lasted longer than its cycle allows. The controller ends each freeze on time on its
 * own; this is the independent check that a fault in that sequencing cannot keep gas flowing. It
 * allows {@link #GRACE_MS} for the 10 ms control period.
 */
public final class FreezeTimeInterlock implements Interlock {

  public static final String CODE = "FREEZE_TIME_EXCEEDED";

  /** Control period (10 ms) with margin; well inside the 100 ms deadline. */
  public static final long GRACE_MS = 50;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Freeze longer than the protocol",
          AlarmPriority.HIGH,
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
    FreezeCycle cycle = context.currentCycle();
    if (cycle == null) {
      return Optional.of("freezing without a protocol cycle");
    }
    long allowedMs = Math.round(cycle.freezeSec() * 1000) + GRACE_MS;
    long elapsedMs = context.msSince(context.phaseStartMs());
    if (elapsedMs > allowedMs) {
      return Optional.of(
          "freeze of cycle "
              + (context.cycleIndex() + 1)
              + " has run "
              + elapsedMs
              + " ms, the protocol allows "
              + Math.round(cycle.freezeSec() * 1000)
              + " ms");
    }
    return Optional.empty();
  }
}
