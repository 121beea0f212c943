package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;

/**
 * A valve's position sensor says open while the console itself reports commanding it closed, for
 * longer than a valve takes to move and telemetry takes to show it ({@link #TRAVEL_ALLOWANCE_MS}).
 * For the probe valve that means gas may be flowing that nobody asked for: the supply shut-off
 * closes and the lines vent, which stops the gas whatever the stuck valve does.
 *
 * <p>The comparison is with the command the console reports acting on ({@link
 * Telemetry#probeValveCommandedOpen()}, {@link Telemetry#supplyValveCommandedOpen()}), not with
 * what the workstation last sent: a valve can only be stuck against a command it has received. A
 * close lost on the line and retried, or the console opening its supply shut-off during its own
 * self-test, is not a stuck valve. (A console that never acts on a close is the link's and the
 * controller's business: the close is retried, and a command given up trips COMMAND_FAILED.)
 *
 * <p>Durations are measured on the console's clock ({@link Telemetry#consoleTimeMs()}) between
 * samples, so the delivery jitter of the link does not shorten the allowance, and the decision is
 * taken only when a new sample arrives: a mismatch is never judged on a sample that is already old.
 */
public final class ValveStuckInterlock implements Interlock {

  public static final String CODE = "VALVE_STUCK_OPEN";

  /**
   * The slowest valve's travel: the supply shut-off takes 40 ms (the probe valve 20 ms; solenoid
   * valves of this size switch in 10-40 ms).
   */
  public static final long SLOWEST_VALVE_TRAVEL_MS = 40;

  /** The console's telemetry period (50 Hz). */
  public static final long TELEMETRY_PERIOD_MS = 20;

  /**
   * Travel plus one sample: the first sample showing the console's close may have been taken up to
   * one period after the close, and the valve must read closed by the sample after its travel. A
   * stuck valve is so tripped on by the close plus one period plus this allowance, 80 ms of console
   * time, inside the 100 ms deadline.
   */
  public static final long TRAVEL_ALLOWANCE_MS = SLOWEST_VALVE_TRAVEL_MS + TELEMETRY_PERIOD_MS;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Valve stuck open", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT);

  private final MismatchTimer probeValve = new MismatchTimer();
  private final MismatchTimer supplyValve = new MismatchTimer();
  private String verdict;

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    Optional<String> reported =
        context.consoleReports(Fault.VALVE_STUCK_OPEN).map(d -> "the console reports: " + d);
    if (!context.hasSample()) {
      return reported;
    }
    if (context.newSample()) {
      Telemetry sample = context.latest();
      long consoleMs = sample.consoleTimeMs();
      boolean probeStuck =
          probeValve.observe(
              consoleMs, sample.probeValveSensedOpen() && !sample.probeValveCommandedOpen());
      boolean supplyStuck =
          supplyValve.observe(
              consoleMs, sample.supplyValveSensedOpen() && !sample.supplyValveCommandedOpen());
      verdict =
          probeStuck
              ? "probe valve sensed open "
                  + probeValve.lastingMs(consoleMs)
                  + " ms after the console commanded it closed"
              : supplyStuck
                  ? "supply shut-off valve sensed open "
                      + supplyValve.lastingMs(consoleMs)
                      + " ms after the console commanded it closed"
                  : null;
    }
    return verdict != null ? Optional.of(verdict) : reported;
  }

  /**
   * Since when (console time) a valve has been seen open against its command, sample after sample.
   */
  private static final class MismatchTimer {
    private long sinceConsoleMs = InterlockContext.NEVER;

    /** Records one sample; true when the mismatch has outlasted the travel allowance. */
    boolean observe(long consoleMs, boolean mismatch) {
      if (!mismatch) {
        sinceConsoleMs = InterlockContext.NEVER;
        return false;
      }
      if (sinceConsoleMs == InterlockContext.NEVER || consoleMs < sinceConsoleMs) {
        sinceConsoleMs = consoleMs; // first sighting, or the console restarted its clock
      }
      return lastingMs(consoleMs) >= TRAVEL_ALLOWANCE_MS;
    }

    long lastingMs(long consoleMs) {
      return consoleMs - sinceConsoleMs;
    }
  }
}
