package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;

/**
 * Gas is flowing but the tip does not freeze: not below {@link #FROZEN_C} for {@link #WINDOW_MS}
 * since the freeze began or since it was last that cold. The usual cause is a blocked probe; the
 * treatment would silently fail and gas would be wasted. Below -20 C is where a nerve block becomes
 * predictable (Evans et al. 1981, DOMAIN.md); a working probe passes it within a few seconds.
 */
public final class FailureToFreezeInterlock implements Interlock {

  public static final String CODE = "FAILURE_TO_FREEZE";

  public static final double FROZEN_C = -20;

  public static final long WINDOW_MS = 20_000;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Probe not freezing (blocked probe?)",
          AlarmPriority.MEDIUM,
          WINDOW_MS,
          SafeAction.CLOSE_VALVES);

  private long lastFrozenMs = InterlockContext.NEVER;

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.newSample() && context.latest().tipC() < FROZEN_C) {
      lastFrozenMs = context.nowMs();
    }
    if (context.state() != ControllerState.FREEZING) {
      return Optional.empty();
    }
    long sinceMs = Math.max(context.phaseStartMs(), lastFrozenMs);
    long warmMs = context.msSince(sinceMs);
    if (warmMs >= WINDOW_MS) {
      return Optional.of("tip not below " + FROZEN_C + " C for " + warmMs + " ms while freezing");
    }
    return Optional.empty();
  }
}
