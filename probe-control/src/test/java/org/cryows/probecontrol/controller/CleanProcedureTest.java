package org.cryows.probecontrol.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.FreezeCycle;
import org.cryows.probecontrol.console.Gas;
import org.junit.jupiter.api.Test;

class CleanProcedureTest {

  @Test
  void run_cleanTwoCycleProcedure_completesWithoutMediumOrHighAlarm() {
    Scenario scenario =
        Scenario.clean(
            Gas.CO2, -70, List.of(new FreezeCycle(20, 5), new FreezeCycle(20, 5)), 60_000);

    SimulationRun run = new SimulationRun(scenario).run();

    assertEquals(List.of(), run.violations);
    assertEquals(
        List.of(
            ControllerState.CONNECTED,
            ControllerState.SELF_TEST,
            ControllerState.READY,
            ControllerState.ARMED,
            ControllerState.FREEZING,
            ControllerState.THAWING,
            ControllerState.FREEZING,
            ControllerState.THAWING,
            ControllerState.COMPLETE),
        run.events.states());
    assertTrue(
        run.events.alarms().stream().noneMatch(a -> a.priority() != AlarmPriority.LOW),
        () -> "alarms: " + run.events.alarms());
  }
}
