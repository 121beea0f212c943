package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkLossInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final LinkLossInterlock interlock = new LinkLossInterlock();

  @Test
  void check_noTelemetryForSilenceTime_trips() {
    c.nowMs = c.lastTelemetryMs + LinkLossInterlock.SILENCE_MS;
    c.newSample = false;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("no telemetry"));
    assertEquals(300, interlock.spec().deadlineMs());
  }

  @Test
  void check_telemetryJustYoungEnough_clear() {
    c.nowMs = c.lastTelemetryMs + LinkLossInterlock.SILENCE_MS - 1;
    c.newSample = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_neverAnyTelemetrySinceConnecting_tripsAfterSilenceTime() {
    c.noSample = true;
    c.lastTelemetryMs = InterlockContext.NEVER;
    c.connectedSinceMs = 1_000;
    c.nowMs = 1_249;
    assertTrue(interlock.check(c.build()).isEmpty());
    c.nowMs = 1_250;
    assertTrue(interlock.check(c.build()).isPresent());
  }

  @Test
  void check_consoleNoLongerHearsTheWorkstation_trips() {
    c.msSinceHeartbeat = (int) LinkLossInterlock.NOT_HEARD_MS;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("not heard"));
  }

  @Test
  void check_consoleHeartbeatAgeRightAfterConnecting_ignored() {
    c.connectedSinceMs = c.nowMs - 100;
    c.msSinceHeartbeat = 60_000;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_disconnected_clear() {
    c.connectedSinceMs = InterlockContext.NEVER;
    c.nowMs += 10_000;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
