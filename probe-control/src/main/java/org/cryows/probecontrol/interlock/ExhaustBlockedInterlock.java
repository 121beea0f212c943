package org.cryows.probecontrol.interlock;

import java.util.Optional;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.Fault;

/**
 * The exhaust (return line) pressure is high: the spent gas cannot leave the probe, so pressure
 * builds inside a closed-end needle in the patient. The gas normally expands to 10-15 psi (69-103
 * kPa, DOMAIN.md); the trip at {@link #MAX_RETURN_KPA} is about three times that. The lines vent.
 */
public final class ExhaustBlockedInterlock implements Interlock {

  public static final String CODE = "EXHAUST_BLOCKED";

  /** About 50 psi. */
  public static final double MAX_RETURN_KPA = 350;

  private static final InterlockSpec SPEC =
      InterlockSpec.of(CODE, "Exhaust blocked", AlarmPriority.HIGH, 100, SafeAction.CLOSE_AND_VENT);

  @Override
  public InterlockSpec spec() {
    return SPEC;
  }

  @Override
  public Optional<String> check(InterlockContext context) {
    Optional<String> reported =
        context.consoleReports(Fault.EXHAUST_BLOCKED).map(d -> "the console reports: " + d);
    if (!context.hasSample()) {
      return reported;
    }
    double returnKPa = context.latest().returnKPa();
    if (Double.isNaN(returnKPa)) {
      return Optional.of("return pressure unreadable");
    }
    if (returnKPa > MAX_RETURN_KPA) {
      return Optional.of(
          "return pressure " + Math.round(returnKPa) + " kPa above " + MAX_RETURN_KPA + " kPa");
    }
    return reported;
  }
}
