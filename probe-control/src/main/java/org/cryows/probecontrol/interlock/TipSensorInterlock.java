package org.cryows.probecontrol.interlock;

import java.util.Locale;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * The tip thermocouple is the regulator's only feedback, so a reading that cannot be true stops the
 * gas: open (NaN, or above {@link #HIGHEST_PLAUSIBLE_C}, where an open input drives the amplifier
 * to its upper rail), shorted (below {@link #LOWEST_PLAUSIBLE_C}, its lower rail), or changing
 * faster than a tip can ({@link #MAX_RATE_C_PER_SEC}). A short that reads a plausible temperature
 * is not visible here; the failure-to-freeze and over-freeze interlocks back it up.
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

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Tip temperature sensor failed", AlarmPriority.HIGH, 100, SafeAction.CLOSE_VALVES);

  private double previousTipC = Double.NaN;
  private long previousConsoleTimeMs;
  private String rateFault;

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.hasSample()) {
      return Optional.empty();
    }
    double tipC = context.latest().tipC();
    if (context.newSample()) {
      rateFault = rateFault(tipC, context.latest().consoleTimeMs());
      previousTipC = tipC;
      previousConsoleTimeMs = context.latest().consoleTimeMs();
    }
    if (Double.isNaN(tipC) || tipC > HIGHEST_PLAUSIBLE_C) {
      return Optional.of("tip sensor open (reads " + tipC + " C)");
    }
    if (tipC < LOWEST_PLAUSIBLE_C) {
      return Optional.of("tip sensor shorted (reads " + tipC + " C)");
    }
    return Optional.ofNullable(rateFault);
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
