package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * A valve's position sensor says open while the controller has commanded it closed, for longer than
 * a valve takes to move and telemetry takes to show it ({@link #TRAVEL_MS}). For the probe valve
 * that means gas may be flowing that nobody asked for: the supply shut-off closes and the lines
 * vent, which stops the gas whatever the stuck valve does.
 */
public final class ValveStuckInterlock implements Interlock {

  public static final String CODE = "VALVE_STUCK_OPEN";

  /**
   * Solenoid valves switch in 10-30 ms; one 50 Hz telemetry period more. Trip by onset + 50 ms plus
   * at most one sample (20 ms) and one control period (10 ms): inside the 100 ms deadline.
   */
  public static final long TRAVEL_MS = 50;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Valve stuck open", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT);

  private final MismatchTimer probeValve = new MismatchTimer();
  private final MismatchTimer supplyValve = new MismatchTimer();

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.hasSample()) {
      return Optional.empty();
    }
    if (context.newSample()) {
      probeValve.observe(
          context.nowMs(),
          context.latest().probeValveSensedOpen() && !context.probeValveCommandedOpen());
      supplyValve.observe(
          context.nowMs(),
          context.latest().supplyValveSensedOpen() && !context.supplyValveCommandedOpen());
    }
    if (probeValve.stuck(context.nowMs(), context.probeValveCommandMs())) {
      return Optional.of("probe valve sensed open while commanded closed");
    }
    if (supplyValve.stuck(context.nowMs(), context.supplyValveCommandMs())) {
      return Optional.of("supply shut-off valve sensed open while commanded closed");
    }
    return Optional.empty();
  }

  /** Since when a valve has been seen open against its command, on consecutive samples. */
  private static final class MismatchTimer {
    private long sinceMs = InterlockContext.NEVER;

    void observe(long nowMs, boolean mismatch) {
      if (!mismatch) {
        sinceMs = InterlockContext.NEVER;
      } else if (sinceMs == InterlockContext.NEVER) {
        sinceMs = nowMs;
      }
    }

    /** Mismatched for TRAVEL_MS since the later of the first sighting and the last command. */
    boolean stuck(long nowMs, long commandMs) {
      if (sinceMs == InterlockContext.NEVER) {
        return false;
      }
      long onsetMs = Math.max(sinceMs, commandMs);
      return nowMs - onsetMs >= TRAVEL_MS;
    }
  }
}
