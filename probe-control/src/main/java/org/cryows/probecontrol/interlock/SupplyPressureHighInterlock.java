package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;

/**
 * Supply pressure above what the console and probe are built for, or unreadable. Consoles run from
 * 600-800 psi (4137-5516 kPa, DOMAIN.md); the trip at {@link #MAX_SUPPLY_KPA} (900 psi) sits about
 * 12 % above the top of that range. Over-pressure is itself the hazard, so the lines vent.
 */
public final class SupplyPressureHighInterlock implements Interlock {

  public static final String CODE = "SUPPLY_PRESSURE_HIGH";

  /** 900 psi. */
  public static final double MAX_SUPPLY_KPA = 6200;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Supply pressure high", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.hasSample()) {
      return Optional.empty();
    }
    double supplyKPa = context.latest().supplyKPa();
    if (Double.isNaN(supplyKPa)) {
      return Optional.of("supply pressure unreadable");
    }
    if (supplyKPa > MAX_SUPPLY_KPA) {
      return Optional.of(
          "supply pressure " + Math.round(supplyKPa) + " kPa above " + MAX_SUPPLY_KPA + " kPa");
    }
    return Optional.empty();
  }
}
