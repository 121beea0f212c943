package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The link to the console is lost in either direction: no telemetry for {@link #SILENCE_MS}
 * (console to workstation, 12 missed samples at 50 Hz), or the console reports it has not heard the
 * workstation's heartbeat for as long (workstation to console). Tripping within the 300 ms deadline
 * leaves the console's own 500 ms heartbeat watchdog as the next, independent layer.
 */
public final class LinkLossInterlock implements Interlock {

  public static final String CODE = "LINK_LOSS";

  public static final long SILENCE_MS = 250;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(CODE, "Console link lost", AlarmPriority.HIGH, 300, SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.connected()) {
      return Optional.empty();
    }
    long sinceMs = Math.max(context.lastTelemetryMs(), context.connectedSinceMs());
    long silentMs = context.msSince(sinceMs);
    if (silentMs >= SILENCE_MS) {
      return Optional.of("no telemetry from the console for " + silentMs + " ms");
    }
    // Our heartbeats start with the connection; before SILENCE_MS the console cannot have one.
    if (context.hasSample()
        && context.msSince(context.connectedSinceMs()) >= SILENCE_MS
        && context.latest().msSinceHeartbeat() >= SILENCE_MS) {
      return Optional.of(
          "the console has not heard the workstation for "
              + context.latest().msSinceHeartbeat()
              + " ms");
    }
    return Optional.empty();
  }
}
