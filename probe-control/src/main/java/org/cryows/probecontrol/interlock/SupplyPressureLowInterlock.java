package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * Supply pressure too low to freeze reliably: lower supply pressure means a warmer tip and a
 * smaller ice ball (DOMAIN.md). Checked once the supply shut-off has been commanded open for {@link
 * #FILL_MS} (the line fills in well under that); the regulator itself never opens the probe valve
 * on a low reading, so no gas flows on low pressure even during that fill time.
 */
public final class SupplyPressureLowInterlock implements Interlock {

  public static final String CODE = "SUPPLY_PRESSURE_LOW";

  /**
   * 580 psi, just under the 600 psi bottom of the consoles' operating range; the bottom of the
   * console's supply window ({@link ConsoleCapabilities#STANDARD}).
   */
  public static final double MIN_SUPPLY_KPA = ConsoleCapabilities.STANDARD.minSupplyKPa();

  /** Time allowed for the line to fill after the supply valve opens. */
  public static final long FILL_MS = 300;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Supply pressure low", AlarmPriority.MEDIUM, 100, SafeAction.CLOSE_VALVES);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    if (!context.hasSample()
        || !context.supplyValveCommandedOpen()
        || context.msSince(context.supplyValveCommandMs()) < FILL_MS) {
      return Optional.empty();
    }
    double supplyKPa = context.latest().supplyKPa();
    if (supplyKPa < MIN_SUPPLY_KPA) {
      return Optional.of(
          "supply pressure " + Math.round(supplyKPa) + " kPa below " + MIN_SUPPLY_KPA + " kPa");
    }
    return context.consoleReports(Fault.SUPPLY_PRESSURE_LOW).map(d -> "the console reports: " + d);
  }
}
