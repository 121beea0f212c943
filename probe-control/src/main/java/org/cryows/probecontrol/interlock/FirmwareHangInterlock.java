package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The console's firmware has hung while its link still talks: telemetry keeps arriving but its
 * console time has not moved for {@link #FROZEN_MS} (a repeated stale sample), or the console's own
 * heartbeat, once seen, has been missing as long. (No telemetry at all is {@link
 * LinkLossInterlock}'s case.) A hung console may not obey the valve commands; the workstation
 * commands them anyway, and the console's hardware watchdog is the layer below.
 *
 * <p>The heartbeat is judged only while the link is known to carry the console's reports: from the
 * later of its last heartbeat and the moment telemetry came back after a silence. When a line comes
 * back, telemetry (50 Hz) usually arrives before the next console heartbeat (10 Hz); a heartbeat
 * missing because the line was down is the link's loss, not a hang.
 */
public final class FirmwareHangInterlock implements Interlock {

  public static final String CODE = "FIRMWARE_HANG";

  /** As {@link LinkLossInterlock#SILENCE_MS}: trip within the 300 ms deadline. */
  public static final long FROZEN_MS = 250;

  /** Telemetry within this (five 50 Hz periods) means the link itself still works. */
  public static final long LINK_TALKING_MS = 100;

  /** When telemetry last resumed after a silence of {@link #LINK_TALKING_MS} or more. */
  private long linkBackMs = InterlockContext.NEVER;

  /** When the previous sample arrived. */
  private long previousSampleMs = InterlockContext.NEVER;

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
      if (context.msSince(previousSampleMs) >= LINK_TALKING_MS) {
        linkBackMs = context.nowMs();
      }
      previousSampleMs = context.nowMs();
    }
    // A silent link stops everything; that is link loss, not a hang, so leave it to that check.
    boolean linkTalking = context.msSince(context.lastTelemetryMs()) < LINK_TALKING_MS;
    if (!context.connected() || !context.hasSample() || !linkTalking) {
      return Optional.empty();
    }
    long frozenMs =
        context.msSince(Math.max(context.lastAdvancingTelemetryMs(), context.connectedSinceMs()));
    if (frozenMs >= FROZEN_MS) {
      return Optional.of(
          "console time stuck at "
              + context.latest().consoleTimeMs()
              + " ms for "
              + frozenMs
              + " ms");
    }
    if (context.lastConsoleHeartbeatMs() != InterlockContext.NEVER) {
      long quietMs = context.msSince(context.lastConsoleHeartbeatMs());
      long linkUpMs = context.msSince(linkBackMs);
      if (quietMs >= FROZEN_MS && linkUpMs >= FROZEN_MS) {
        return Optional.of("no heartbeat from the console for " + quietMs + " ms");
      }
    }
    return Optional.empty();
  }
}
