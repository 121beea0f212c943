package org.cryows.probecontrol.session;

import java.util.List;
import org.cryows.probecontrol.simulator.FaultSchedule;
import org.cryows.treatment.FreezeProtocol;

/**
 * A scenario to run: the freeze protocol, the operator's actions in time order, the faults the
 * console simulator injects, and how long the run lasts. Read from JSON by {@link ScenarioParser}
 * (format in docs/session.md).
 *
 * @param steps in time order; actions at the same time in the order given. Holds the protocol's
 *     load: right after each {@code connect} unless the file loads it itself ({@code loadProtocol})
 */
public record Scenario(
    FreezeProtocol protocol, List<ScenarioStep> steps, FaultSchedule faults, long durationMs) {

  /** The longest scenario: a day. */
  public static final long MAX_DURATION_MS = 86_400_000L;

  public Scenario {
    if (protocol == null || steps == null || faults == null) {
      throw new IllegalArgumentException("protocol, steps and faults are required");
    }
    if (durationMs <= 0 || durationMs > MAX_DURATION_MS) {
      throw new IllegalArgumentException(
          "durationMs must be in (0, " + MAX_DURATION_MS + "], was " + durationMs);
    }
    steps = List.copyOf(steps);
    long previous = 0;
    for (ScenarioStep step : steps) {
      if (step.atMs() < previous) {
        throw new IllegalArgumentException("steps must be in time order: " + steps);
      }
      if (step.atMs() > durationMs) {
        throw new IllegalArgumentException("a step at " + step.atMs() + " ms is after the end");
      }
      previous = step.atMs();
    }
  }
}
