package org.cryows.probecontrol.interlock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirmwareHangInterlockTest {

  private final ContextBuilder c = new ContextBuilder();
  private final FirmwareHangInterlock interlock = new FirmwareHangInterlock();

  @Test
  void check_samplesArriveButConsoleTimeStuck_trips() {
    c.lastAdvancingTelemetryMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("stuck"));
  }

  @Test
  void check_consoleTimeMovedRecently_clear() {
    c.lastAdvancingTelemetryMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS + 1;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_consoleHeartbeatStopped_trips() {
    c.lastConsoleHeartbeatMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("heartbeat"));
  }

  @Test
  void check_heartbeatAndTelemetryBothSilent_leftToLinkLoss() {
    c.lastConsoleHeartbeatMs = c.nowMs - 400;
    c.lastTelemetryMs = c.nowMs - FirmwareHangInterlock.LINK_TALKING_MS;
    c.lastAdvancingTelemetryMs = c.lastTelemetryMs;
    c.newSample = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_consoleNeverSentHeartbeats_notRequired() {
    c.lastConsoleHeartbeatMs = InterlockContext.NEVER;
    assertTrue(interlock.check(c.build()).isEmpty());
  }
}
