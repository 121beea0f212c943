package org.cryows.probecontrol.session;

import java.util.List;
import org.cryows.probecontrol.console.ControllerState;

/**
 * How a scenario run ended.
 *
 * @param records journal records written
 * @param sessionMs the session time at the end (the scenario's duration)
 * @param wallMs how long the run took on the wall clock
 */
public record ScenarioResult(
    ControllerState finalState,
    List<RaisedAlarm> alarmsRaised,
    long records,
    long sessionMs,
    long wallMs) {
  public ScenarioResult {
    alarmsRaised = List.copyOf(alarmsRaised);
  }
}
