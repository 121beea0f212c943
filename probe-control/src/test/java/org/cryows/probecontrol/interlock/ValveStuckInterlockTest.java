package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.Test;

class ValveStuckInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final ValveStuckInterlock interlock = new ValveStuckInterlock();

  @Test
  void travelAllowance_isTheSlowestValvePlusOneSampleWithinTheDeadline() {
    assertEquals(60, ValveStuckInterlock.TRAVEL_ALLOWANCE_MS);
    // Close at most one period before the first sample showing it, then the allowance.
    long latestTripMs =
        ValveStuckInterlock.TELEMETRY_PERIOD_MS + ValveStuckInterlock.TRAVEL_ALLOWANCE_MS;
    assertTrue(latestTripMs + 10 <= interlock.spec().deadlineMs());
  }

  @Test
  void check_probeValveStaysOpenAfterClose_tripsAfterTravelAllowance() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = c.nowMs;
    assertTrue(interlock.check(c.build()).isEmpty(), "still moving");
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20); // 60 ms of console time
    assertTrue(interlock.check(c.build()).orElseThrow().contains("probe valve"));
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
  }

  @Test
  void check_supplyValveClosingOverItsFullTravelAndOneSample_clear() {
    // The shut-off's 40 ms travel, seen by the sample after it: 60 ms after the close.
    c.supplyValveCommandedOpen = false;
    c.probeValveCommandedOpen = false;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(19).supplySensedOpen = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_probeValveClosesWithinTravelTime_clear() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = c.nowMs;
    interlock.check(c.build());
    c.after(20).probeSensedOpen = false;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(60);
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_valveOpensByItselfWhileClosedLongAgo_tripsTravelAllowanceAfterFirstSighting() {
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = 0;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(20).probeSensedOpen = true;
    assertTrue(interlock.check(c.build()).isEmpty(), "first sighting");
    c.after(40);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.after(20);
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_supplyValveOpenAgainstCommand_trips() {
    c.supplyValveCommandedOpen = false;
    c.supplyValveCommandMs = c.nowMs;
    c.probeValveCommandedOpen = false;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(60);
    assertTrue(interlock.check(c.build()).orElseThrow().contains("supply"));
  }

  @Test
  void check_closeNotYetReceivedByTheConsole_clear() {
    // The workstation closed the probe valve; the close was lost on the line and is retried:
    // the console still reports commanding it open, and the valve is open as commanded.
    c.probeValveCommandedOpen = false;
    c.probeValveCommandMs = c.nowMs;
    c.consoleProbeCommandedOpen = true;
    for (int i = 0; i < 10; i++) {
      assertTrue(interlock.check(c.after(20).build()).isEmpty());
    }
    c.consoleProbeCommandedOpen = false; // the retry got through; the valve travels
    assertTrue(interlock.check(c.after(20).build()).isEmpty());
    c.probeSensedOpen = false;
    assertTrue(interlock.check(c.after(20).build()).isEmpty());
  }

  @Test
  void check_consoleOpensItsShutOffDuringItsSelfTest_clear() {
    c.state = ControllerState.SELF_TEST;
    c.probeValveCommandedOpen = false;
    c.probeSensedOpen = false;
    c.supplyValveCommandedOpen = false;
    c.supplySensedOpen = true;
    c.consoleSupplyCommandedOpen = true;
    for (int i = 0; i < 30; i++) {
      assertTrue(interlock.check(c.after(20).build()).isEmpty());
    }
  }

  @Test
  void check_staleMismatchBetweenSamples_notJudgedAgain() {
    c.supplyValveCommandedOpen = false;
    c.probeValveCommandedOpen = false;
    c.probeSensedOpen = false;
    interlock.check(c.build());
    c.after(40);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.newSample = false;
    c.nowMs += 30; // control-period checks on the old sample: 70 ms after the close
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_openAsCommanded_clear() {
    interlock.check(c.build());
    c.after(200);
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
