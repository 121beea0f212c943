package org.cryows.probecontrol.interlock;

import java.util.Locale;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;

/**
 * The skin at the insertion site is getting cold: the ice is reaching towards the skin (frostbite).
 * Skin sits near 30-34 C; the trip at {@link #MIN_SKIN_C} leaves a wide margin above the 0 C at
 * which skin would freeze, and an unreadable skin sensor also trips (the hazard would go unseen).
 */
public final class SkinTemperatureLowInterlock implements Interlock {

  public static final String CODE = "SKIN_TEMP_LOW";

  public static final double MIN_SKIN_C = 10;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Skin temperature low", AlarmPriority.HIGH, 100, SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    Optional<String> reported =
        context.consoleReports(Fault.SKIN_TEMP_LOW).map(d -> "the console reports: " + d);
    if (!context.hasSample()) {
      return reported;
    }
    double skinC = context.latest().skinC();
    if (Double.isNaN(skinC)) {
      return Optional.of("skin temperature unreadable");
    }
    if (skinC < MIN_SKIN_C) {
      return Optional.of(String.format(Locale.ROOT, "skin %.1f C below %.0f C", skinC, MIN_SKIN_C));
    }
    return reported;
  }
}
