package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The link to the console is lost in either direction: no telemetry for {@link #SILENCE_MS}
 * (console to workstation, 12 missed samples at 50 Hz), or the console reports it has not heard the
 * workstation's heartbeat for {@link #NOT_HEARD_MS} (workstation to console). Tripping within the
 * 300 ms deadline (370 ms when only the workstation's direction fails) leaves the console's own
 * heartbeat watchdog (trip at 460 ms, valves closed by 500 ms) as the next, independent layer.
 */
public final class LinkLossInterlock implements Interlock {

  public static final String CODE = "LINK_LOSS";

  public static final long SILENCE_MS = 250;

  /**
   * Three heartbeat periods: heartbeats are unacked, and a noisy line was seen to lose two in a row
   * (the console then reports up to about 290 ms) while the link recovered by itself; three lost in
   * a row is a line that is failing. Still 110 ms before the console's own 460 ms trip.
   */
  public static final long NOT_HEARD_MS = 350;

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
        && context.latest().msSinceHeartbeat() >= NOT_HEARD_MS) {
      return Optional.of(
          "the console has not heard the workstation for "
              + context.latest().msSinceHeartbeat()
              + " ms");
    }
    return Optional.empty();
  }
}
