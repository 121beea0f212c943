package org.cryows.probecontrol.session;

import org.cryows.probecontrol.controller.OperatorAction;

/**
 * One operator action of a scenario at its time. A foot switch action also moves the console's
 * pedal input: the pedal is one physical switch that the console and the workstation both read.
 *
 * @param atMs session time, ms
 */
public record ScenarioStep(long atMs, OperatorAction action) {
  public ScenarioStep {
    if (atMs < 0) {
      throw new IllegalArgumentException("atMs must not be negative: " + atMs);
    }
    if (action == null) {
      throw new IllegalArgumentException("action is required");
    }
  }
}
