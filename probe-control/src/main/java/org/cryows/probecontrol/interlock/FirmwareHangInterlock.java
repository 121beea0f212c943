package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The console's firmware has hung while its link still talks: telemetry keeps arriving but its
 * console time has not moved for {@link #FROZEN_MS} (a repeated stale sample), or the console's own
 * heartbeat, once seen, has been missing for {@link #HEARTBEAT_MISSING_MS}. (No telemetry at all is
 * {@link LinkLossInterlock}'s case.) A hung console may not obey the valve commands; the
 * workstation commands them anyway, and the console's hardware watchdog is the layer below.
 *
 * <p>"Not moved" is judged by the console's own timestamps ({@link
 * InterlockContext#lastAdvancingTelemetryMs()}), not by when samples arrive: on a noisy line the
 * last sample a console made before hanging may be lost and its first copy arrive 60 ms later, and
 * counting the freeze from that arrival let the gas flow 302 ms after the hang. The frozen clock is
 * judged whenever a sample has arrived at least {@link #SAMPLE_GAP_MS} after the clock last moved,
 * however long ago; otherwise the line went silent right after a fresh sample and {@link
 * LinkLossInterlock} trips 250 ms after it. Either way the trip comes by 280 ms after the console's
 * clock stopped, 290 ms with the control grid, within the 300 ms deadline.
 *
 * <p>The heartbeat is judged only while the link is known to carry every report: its quiet time
 * counts from the later of its last heartbeat and the last sample that followed a lost one (console
 * time moving on by more than {@link #SAMPLE_GAP_MS}) or a silence on the line. When a line comes
 * back, telemetry (50 Hz) usually arrives before the next console heartbeat (10 Hz); on a noisy
 * line a heartbeat is lost like any frame (it is periodic, never acked or retried), and line noise
 * was seen to lose two in a row while every telemetry sample between them arrived. So the heartbeat
 * alone is judged over a longer time than the telemetry: while telemetry advances, every other
 * interlock still watches the console's live sensors, and a hang that stops or freezes the
 * telemetry (the simulator's, and the usual one) is found by the 250 ms checks.
 */
public final class FirmwareHangInterlock implements Interlock {

  public static final String CODE = "FIRMWARE_HANG";

  /** As {@link LinkLossInterlock#SILENCE_MS}: trip within the 300 ms deadline. */
  public static final long FROZEN_MS = 250;

  /**
   * Ten console heartbeat periods: noise does not lose ten unacked frames in a row while telemetry
   * gets through, and a console whose telemetry advances is watched by every other interlock
   * meanwhile.
   */
  public static final long HEARTBEAT_MISSING_MS = 1_000;

  /** Telemetry within this (five 50 Hz periods) means the link itself still works. */
  public static final long LINK_TALKING_MS = 100;

  /**
   * Console time between two samples beyond which one was lost: one and a half 50 Hz periods
   * (console time is exact, so the link's delivery jitter does not count).
   */
  public static final long SAMPLE_GAP_MS = 30;

  /**
   * Since when every sample has arrived (session time of the first one after a loss or silence).
   */
  private long cleanSinceMs = InterlockContext.NEVER;

  /** When the previous sample arrived, and its console time. */
  private long previousSampleMs = InterlockContext.NEVER;

  private long previousConsoleTimeMs;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Console firmware not responding",
          AlarmPriority.HIGH,
          300,
          SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.newSample()) {
      long consoleMs = context.latest().consoleTimeMs();
      boolean silence = context.msSince(previousSampleMs) >= LINK_TALKING_MS;
      boolean sampleLost = consoleMs - previousConsoleTimeMs > SAMPLE_GAP_MS;
      if (silence || sampleLost || consoleMs < previousConsoleTimeMs) {
        cleanSinceMs = context.nowMs();
      }
      previousSampleMs = context.nowMs();
      previousConsoleTimeMs = consoleMs;
    }
    if (!context.connected() || !context.hasSample()) {
      return Optional.empty();
    }
    long clockMovedMs = Math.max(context.lastAdvancingTelemetryMs(), context.connectedSinceMs());
    long frozenMs = context.msSince(clockMovedMs);
    // Telemetry that arrived well after the console's clock last moved (a stale copy, or the late
    // copy of a sample noise lost): its link talks while its clock stands. A line that went silent
    // right after a fresh sample is link loss, not a hang, and left to that check.
    boolean heardSinceClockStopped = context.lastTelemetryMs() - clockMovedMs >= SAMPLE_GAP_MS;
    if (frozenMs >= FROZEN_MS && heardSinceClockStopped) {
      return Optional.of(
          "console time stuck at "
              + context.latest().consoleTimeMs()
              + " ms for "
              + frozenMs
              + " ms");
    }
    boolean linkTalking = context.msSince(context.lastTelemetryMs()) < LINK_TALKING_MS;
    if (!linkTalking) {
      return Optional.empty();
    }
    if (context.lastConsoleHeartbeatMs() != InterlockContext.NEVER) {
      long quietMs = context.msSince(context.lastConsoleHeartbeatMs());
      long linkUpMs = context.msSince(cleanSinceMs);
      if (quietMs >= HEARTBEAT_MISSING_MS && linkUpMs >= HEARTBEAT_MISSING_MS) {
        return Optional.of("no heartbeat from the console for " + quietMs + " ms");
      }
    }
    return Optional.empty();
  }
}
