package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;
import org.cryows.treatment.ConsoleCapabilities;

/**
 * Supply pressure above the console's working pressure, or unreadable. Over-pressure is itself the
 * hazard, so the lines vent.
 *
 * <p>The limit comes from the console the workstation drives, not from the whole range consoles use
 * (600-800 psi, DOMAIN.md): its regulator holds 4480 kPa (650 psi), about 4394 kPa with gas
 * flowing, and its firmware trips at 4830 kPa (700 psi). A regulator that fails open passes the
 * cylinder's pressure (N2O 5052, CO2 5729 kPa at 20 C), so a limit above 4830 kPa would leave the
 * console's trip to act alone. {@link #MAX_SUPPLY_KPA} = 4700 kPa (about 680 psi) sits 220 kPa (5
 * %) above the set point, where no healthy regulator goes (droop only lowers the pressure), and 130
 * kPa below the console's trip: the controller's layer acts on its own, and the console's still
 * acts if the controller does not. Both numbers are to be confirmed with the real console's data
 * sheet; a console regulated higher needs this limit moved with it.
 */
public final class SupplyPressureHighInterlock implements Interlock {

  public static final String CODE = "SUPPLY_PRESSURE_HIGH";

  /**
   * About 680 psi: 5 % above the 4480 kPa regulator, below the console's 4830 kPa trip; the top of
   * the console's supply window ({@link ConsoleCapabilities#STANDARD}).
   */
  public static final double MAX_SUPPLY_KPA = ConsoleCapabilities.STANDARD.maxSupplyKPa();

  private static final InterlockSpec SPEC =
      InterlockSpec.of(
          CODE, "Supply pressure high", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    Optional<String> reported =
        context.consoleReports(Fault.SUPPLY_PRESSURE_HIGH).map(d -> "the console reports: " + d);
    if (!context.hasSample()) {
      return reported;
    }
    double supplyKPa = context.latest().supplyKPa();
    if (Double.isNaN(supplyKPa)) {
      return Optional.of("supply pressure unreadable");
    }
    if (supplyKPa > MAX_SUPPLY_KPA) {
      return Optional.of(
          "supply pressure " + Math.round(supplyKPa) + " kPa above " + MAX_SUPPLY_KPA + " kPa");
    }
    return reported;
  }
}
