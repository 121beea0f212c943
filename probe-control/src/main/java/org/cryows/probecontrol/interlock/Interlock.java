package org.cryows.probecontrol.interlock;

import java.util.Optional;

/**
 * One independent safety check. The controller calls {@link #check} with every telemetry sample and
 * every control period (10 ms) and trips when a reason comes back: it commands the safe state,
 * enters FAULT (ESTOP for an emergency stop) and raises the interlock's alarm. The same check
 * decides whether the fault's cause is gone, so the controller can leave FAULT.
 *
 * <p>Some interlocks remember earlier samples (rates, trends, timers); they update that memory only
 * when {@link InterlockContext#newSample()} is true, so extra checks without a new sample change
 * nothing. Not thread-safe; one instance serves one controller.
 */
public interface Interlock {

  InterlockSpec spec();

  /**
   * Whether the fault condition is present now.
   *
   * @return the reason, worded for the operator and the journal, or empty when clear
   */
  Optional<String> check(InterlockContext context);
}
