package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.cryows.probecontrol.console.ControllerState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeakInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final LeakInterlock interlock = new LeakInterlock();

  @BeforeEach
  void bothValvesClosedWithGasTrapped() {
    c.state = ControllerState.THAWING;
    c.probeValveCommandedOpen = false;
    c.supplyValveCommandedOpen = false;
    c.probeSensedOpen = false;
    c.supplySensedOpen = false;
    c.supplyKPa = 5_000;
  }

  /** Feeds 50 Hz samples for {@code ms}, the pressure falling at {@code kPaPerSec}. */
  private Optional<String> run(long ms, double kPaPerSec) {
    Optional<String> verdict = Optional.empty();
    for (long t = 0; t < ms; t += 20) {
      c.after(20).supplyKPa -= kPaPerSec * 0.02;
      verdict = interlock.check(c.build());
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    return verdict;
  }

  @Test
  void check_pressureFallingWithValvesClosed_tripsWellWithin10s() {
    long start = c.nowMs;
    assertTrue(run(10_000, 100).isPresent());
    long detectedAfterMs = c.nowMs - start;
    assertTrue(detectedAfterMs <= 4_000, "found after " + detectedAfterMs + " ms");
    assertEquals(SafeAction.CLOSE_AND_VENT, interlock.spec().safeAction());
  }

  @Test
  void check_pressureHolding_clear() {
    assertTrue(run(20_000, 0).isEmpty());
  }

  @Test
  void check_slowDriftBelowThreshold_clear() {
    assertTrue(run(20_000, LeakInterlock.MIN_FALL_KPA_PER_SEC / 2).isEmpty());
  }

  @Test
  void check_fallingAfterVent_clear() {
    c.linesVented = true;
    assertTrue(run(10_000, 500).isEmpty());
  }

  @Test
  void check_fallingWhileProbeValveOpen_notALeak() {
    c.probeValveCommandedOpen = true;
    c.probeSensedOpen = true;
    assertTrue(run(10_000, 500).isEmpty());
  }

  @Test
  void check_valvesReopenedMidWindow_windowRestarts() {
    run(2_500, 100);
    c.supplyValveCommandedOpen = true;
    c.supplySensedOpen = true;
    c.after(20);
    assertTrue(interlock.check(c.build()).isEmpty());
    c.supplyValveCommandedOpen = false;
    c.supplySensedOpen = false;
    long restart = c.nowMs;
    assertTrue(run(10_000, 100).isPresent());
    assertTrue(c.nowMs - restart >= LeakInterlock.SETTLE_MS + LeakInterlock.MIN_SPAN_MS);
  }

  @Test
  void check_pressureLostWhileTheLinkWasSilent_notALeak() {
    // Holding, then a 3 s silence in which the console's watchdog vented the line.
    assertTrue(run(4_000, 0).isEmpty());
    c.after(3_000).supplyKPa = 150;
    assertTrue(interlock.check(c.build()).isEmpty());
    assertTrue(run(10_000, 0).isEmpty());
  }

  @Test
  void check_leakGoingOnAfterALinkGap_foundFromTheGap() {
    run(2_000, 100);
    c.after(LeakInterlock.GAP_MS);
    long back = c.nowMs;
    assertTrue(run(10_000, 100).isPresent());
    assertTrue(c.nowMs - back >= LeakInterlock.SETTLE_MS + LeakInterlock.MIN_SPAN_MS);
    assertTrue(c.nowMs - back <= 4_100, "found " + (c.nowMs - back) + " ms after the gap");
  }
}
