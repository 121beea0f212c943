package org.cryows.probecontrol.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.AlarmPriority;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
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

  @Test
  void run_cleanProcedure_tipRegulatedWithinTwoDegreesOfSetpoint() {
    double setpointC = -50;
    Scenario scenario = Scenario.clean(Gas.N2O, setpointC, List.of(new FreezeCycle(40, 5)), 50_000);

    SimulationRun run = new SimulationRun(scenario).run();

    assertEquals(List.of(), run.violations);
    // Once settled (15 s into the freeze), the tip stays in the band plus a little overshoot.
    java.util.DoubleSummaryStatistics settled =
        run.freezingTrace.stream()
            .filter(p -> p[0] - p[2] >= 15_000)
            .mapToDouble(p -> p[1])
            .summaryStatistics();
    assertTrue(settled.getCount() > 1_000, "samples: " + settled.getCount());
    assertTrue(
        settled.getMin() >= setpointC - 2 && settled.getMax() <= setpointC + 2,
        () -> "tip ranged " + settled.getMin() + " .. " + settled.getMax() + " C");
    assertTrue(run.valveOpenings() > 5, "the valve cycles: " + run.valveOpenings());
  }
}
