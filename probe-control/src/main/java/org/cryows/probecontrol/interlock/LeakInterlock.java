package org.cryows.probecontrol.interlock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * Gas escapes from the line: with both valves commanded and sensed closed (and no vent commanded)
 * the trapped supply pressure should hold, so a steady fall of at least {@link
 * #MIN_FALL_KPA_PER_SEC} over {@link #MIN_SPAN_MS} is a leak. Watching starts {@link #SETTLE_MS}
 * after the valves close so their closing transient is not mistaken for one. A leak is found within
 * about 4 s of the valves closing on it, inside the 10 s deadline; the lines vent so the rest of
 * the gas leaves through the exhaust rather than into the room.
 *
 * <p>Only pressure the controller knows to be closed in is judged: not after a vent, whether the
 * workstation commanded it or the console did (its safety trips and its self-test vent the line;
 * see {@link InterlockContext#linesVented()}), and the watch starts again after a gap in telemetry
 * of {@link #GAP_MS} or more: what happened on the console while the link was silent (its heartbeat
 * watchdog vents the line) is not a fall measured on a closed line.
 */
public final class LeakInterlock implements Interlock {

  public static final String CODE = "LEAK";

  public static final double MIN_FALL_KPA_PER_SEC = 20;

  public static final long MIN_SPAN_MS = 3_000;

  public static final long WINDOW_MS = 5_000;

  public static final long SETTLE_MS = 500;

  /** A silence the link-loss check would call a loss (12 lost samples). */
  public static final long GAP_MS = LinkLossInterlock.SILENCE_MS;

  /** Below this the line holds too little gas to matter. */
  public static final double MIN_TRAPPED_KPA = 300;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE,
          "Gas leak (pressure falling)",
          AlarmPriority.MEDIUM,
          10_000,
          SafeAction.CLOSE_AND_VENT);

  private record PressureSample(long tMs, double supplyKPa) {}

  private final Deque<PressureSample> window = new ArrayDeque<>();
  private long closedSinceMs = InterlockContext.NEVER;
  private long previousSampleMs = InterlockContext.NEVER;
  private String verdict;

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (context.newSample()) {
      verdict = observe(context);
    }
    return Optional.ofNullable(verdict);
  }

  private String observe(InterlockContext context) {
    boolean afterGap = context.msSince(previousSampleMs) >= GAP_MS;
    previousSampleMs = context.nowMs();
    boolean closed =
        !afterGap
            && context.connected()
            && !context.linesVented()
            && !context.probeValveCommandedOpen()
            && !context.supplyValveCommandedOpen()
            && !context.latest().probeValveSensedOpen()
            && !context.latest().supplyValveSensedOpen();
    if (!closed) {
      closedSinceMs = InterlockContext.NEVER;
      window.clear();
      return null;
    }
    long nowMs = context.nowMs();
    if (closedSinceMs == InterlockContext.NEVER) {
      closedSinceMs = nowMs;
    }
    if (nowMs - closedSinceMs < SETTLE_MS || !Double.isFinite(context.latest().supplyKPa())) {
      return null;
    }
    window.addLast(new PressureSample(nowMs, context.latest().supplyKPa()));
    while (nowMs - window.peekFirst().tMs() > WINDOW_MS) {
      window.removeFirst();
    }
    PressureSample first = window.peekFirst();
    long spanMs = nowMs - first.tMs();
    if (spanMs < MIN_SPAN_MS || first.supplyKPa() < MIN_TRAPPED_KPA) {
      return null;
    }
    double fallKPaPerSec = (first.supplyKPa() - context.latest().supplyKPa()) * 1000.0 / spanMs;
    if (fallKPaPerSec >= MIN_FALL_KPA_PER_SEC) {
      return String.format(
          Locale.ROOT,
          "supply pressure falling %.0f kPa/s with both valves closed (%.0f to %.0f kPa)",
          fallKPaPerSec,
          first.supplyKPa(),
          context.latest().supplyKPa());
    }
    return null;
  }
}
