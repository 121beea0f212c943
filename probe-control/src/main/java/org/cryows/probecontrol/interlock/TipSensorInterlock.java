package org.cryows.probecontrol.interlock;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.console.Telemetry;

/**
 * The tip thermocouple is the regulator's only feedback, so a reading that cannot be true stops the
 * gas: open (NaN, or above {@link #HIGHEST_PLAUSIBLE_C}, where an open input drives the amplifier
 * to its upper rail), shorted (below {@link #LOWEST_PLAUSIBLE_C}, its lower rail), or changing
 * faster than a tip can ({@link #MAX_RATE_C_PER_SEC}), or not responding to the gas: a tip well
 * above the gas's limit that does not cool while gas is passing through it.
 *
 * <p>The last check catches a short that reads a plausible temperature. A thermocouple shorted
 * inside the console reads the cold junction (about room temperature) whatever the tip does, and
 * when the short strikes near that temperature there is no jump to see. But a Joule-Thomson tip
 * with gas flowing at working pressure and more than {@link #RESPONSIVE_ABOVE_LIMIT_C} above the
 * gas's limit cools at tens of C per second (the simulated tip at 16-46 C/s; probes reach -40 C
 * within seconds): a reading that falls less than {@link #MIN_COOLING_C_PER_SEC} over {@link
 * #NOT_COOLING_SPAN_MS} of such flow is not the tip. Gas counts as passing when both valves read
 * open, the supply is at working pressure and the return line carries pressure (exhaust flow, so a
 * blocked probe is not mistaken for a sensor fault: it is the failure-to-freeze check's). Near the
 * gas's limit the tip settles and may read steady, so no such check is made there; a short found
 * there reads 25 C against a cold tip and jumps. The failure-to-freeze and over-freeze interlocks
 * back all of it up.
 */
public final class TipSensorInterlock implements Interlock {

  public static final String CODE = "TIP_SENSOR";

  /** Above any tissue or room temperature: only an open sensor reads this. */
  public static final double HIGHEST_PLAUSIBLE_C = 100;

  /** Far below the coldest gas (N2O, -88.5 C): only a shorted sensor reads this. */
  public static final double LOWEST_PLAUSIBLE_C = -150;

  /**
   * Joule-Thomson tips cool from body temperature to about -70 C in several seconds, tens of C/s at
   * the fastest; 100 C/s (2 C between two 50 Hz samples) leaves a wide margin for noise.
   */
  public static final double MAX_RATE_C_PER_SEC = 100;

  /** The responsiveness check applies this far above the gas's coldest tip temperature. */
  public static final double RESPONSIVE_ABOVE_LIMIT_C = 40;

  /**
   * A tip that cools more slowly than this while gas flows is not being read: an eighth of the
   * slowest cooling the tip model gives in that range (16 C/s), and far above the passive warming
   * of a blocked probe (under 1 C/s).
   */
  public static final double MIN_COOLING_C_PER_SEC = 2;

  /**
   * Two 50 Hz sample periods: a short is so tripped on by its first sample plus 40 ms, inside the
   * 100 ms deadline, and a real sensor's noise (about 0.1 C) is small against the 0.6 C such a tip
   * cools in that time.
   */
  public static final long NOT_COOLING_SPAN_MS = 40;

  /** The return line carries pressure: gas has passed the tip (normal flow gives 70-100 kPa). */
  public static final double FLOWING_RETURN_KPA = 20;

  /** Working supply pressure: the regulator never opens below it (580 psi). */
  public static final double WORKING_SUPPLY_KPA = 4_000;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Tip temperature sensor failed", AlarmPriority.HIGH, 100, SafeAction.CLOSE_VALVES);

  private double previousTipC = Double.NaN;
  private long previousConsoleTimeMs;
  private String rateFault;
  private String responseFault;

  private record Reading(long consoleTimeMs, double tipC) {}

  /** Readings taken while gas flowed and the tip was well above the gas's limit, oldest first. */
  private final Deque<Reading> flowingReadings = new ArrayDeque<>();

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    Optional<String> reported =
        context.consoleReports(Fault.TIP_SENSOR_OPEN).map(d -> "tip sensor open: " + d);
    if (!context.hasSample()) {
      return reported;
    }
    double tipC = context.latest().tipC();
    if (context.newSample()) {
      rateFault = rateFault(tipC, context.latest().consoleTimeMs());
      responseFault = responseFault(context);
      previousTipC = tipC;
      previousConsoleTimeMs = context.latest().consoleTimeMs();
    }
    if (Double.isNaN(tipC) || tipC > HIGHEST_PLAUSIBLE_C) {
      return Optional.of("tip sensor open (reads " + tipC + " C)");
    }
    if (tipC < LOWEST_PLAUSIBLE_C) {
      return Optional.of("tip sensor shorted (reads " + tipC + " C)");
    }
    if (rateFault != null || responseFault != null) {
      return Optional.ofNullable(rateFault != null ? rateFault : responseFault);
    }
    return reported;
  }

  /** Whether the reading has stopped following the tip while gas flows through it. */
  private String responseFault(InterlockContext context) {
    Telemetry sample = context.latest();
    double limitC = context.gasOrColdest().coldestTipC();
    boolean flowing =
        sample.probeValveSensedOpen()
            && sample.supplyValveSensedOpen()
            && sample.supplyKPa() >= WORKING_SUPPLY_KPA
            && sample.returnKPa() >= FLOWING_RETURN_KPA;
    boolean warm = sample.tipC() > limitC + RESPONSIVE_ABOVE_LIMIT_C;
    Reading last = flowingReadings.peekLast();
    if (!flowing || !warm || (last != null && sample.consoleTimeMs() <= last.consoleTimeMs())) {
      flowingReadings.clear();
      if (!flowing || !warm) {
        return null;
      }
    }
    flowingReadings.addLast(new Reading(sample.consoleTimeMs(), sample.tipC()));
    // Keep the newest reading at least the span old, and everything after it.
    while (flowingReadings.size() > 1) {
      Reading oldest = flowingReadings.removeFirst();
      Reading next = flowingReadings.peekFirst();
      if (sample.consoleTimeMs() - next.consoleTimeMs() < NOT_COOLING_SPAN_MS) {
        flowingReadings.addFirst(oldest);
        break;
      }
    }
    Reading first = flowingReadings.peekFirst();
    long spanMs = sample.consoleTimeMs() - first.consoleTimeMs();
    if (spanMs < NOT_COOLING_SPAN_MS) {
      return null;
    }
    double coolingCPerSec = (first.tipC() - sample.tipC()) * 1000.0 / spanMs;
    if (coolingCPerSec < MIN_COOLING_C_PER_SEC) {
      return String.format(
          Locale.ROOT,
          "tip reading not responding to the gas (%.1f to %.1f C in %d ms with gas flowing:"
              + " sensor shorted?)",
          first.tipC(),
          sample.tipC(),
          spanMs);
    }
    return null;
  }

  private String rateFault(double tipC, long consoleTimeMs) {
    long dtMs = consoleTimeMs - previousConsoleTimeMs;
    if (!Double.isFinite(tipC) || !Double.isFinite(previousTipC) || dtMs <= 0) {
      return null;
    }
    double rateCPerSec = Math.abs(tipC - previousTipC) * 1000.0 / dtMs;
    if (rateCPerSec > MAX_RATE_C_PER_SEC) {
      return String.format(
          Locale.ROOT,
          "tip temperature changed implausibly fast (%.1f to %.1f C in %d ms)",
          previousTipC,
          tipC,
          dtMs);
    }
    return null;
  }
}
