package org.cryows.probecontrol.interlock;

import java.util.Locale;
import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;

/**
 * The tip is colder than intended: while FREEZING, more than {@link #MARGIN_BELOW_SETPOINT_C} below
 * the setpoint (the regulator overshoots by a few degrees at most); in any state, more than {@link
 * #MARGIN_BELOW_GAS_LIMIT_C} below what the gas can reach, which no real tip can do (a sensor fault
 * or the wrong gas).
 */
public final class OverFreezeInterlock implements Interlock {

  public static final String CODE = "OVER_FREEZE";

  /** Several times the regulator's band (2 C) plus overshoot. */
  public static final double MARGIN_BELOW_SETPOINT_C = 10;

  /** Sensor tolerance (a type T thermocouple is good to about 1 C) with margin. */
  public static final double MARGIN_BELOW_GAS_LIMIT_C = 3;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Tip colder than intended", AlarmPriority.HIGH, 100, SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.hasSample() || !Double.isFinite(context.latest().tipC())) {
      return Optional.empty();
    }
    double tipC = context.latest().tipC();
    double gasLimitC = context.gasOrColdest().coldestTipC() - MARGIN_BELOW_GAS_LIMIT_C;
    if (tipC < gasLimitC) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "tip %.1f C is colder than %s can make it (%.1f C)",
              tipC,
              context.gasOrColdest(),
              context.gasOrColdest().coldestTipC()));
    }
    if (context.state() == ControllerState.FREEZING && context.protocol() != null) {
      double limitC = context.protocol().setpointC() - MARGIN_BELOW_SETPOINT_C;
      if (tipC < limitC) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "tip %.1f C is more than %.0f C below the setpoint %.1f C",
                tipC,
                MARGIN_BELOW_SETPOINT_C,
                context.protocol().setpointC()));
      }
    }
    return Optional.empty();
  }
}
