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
  void check_lateCopyOfTheLastSampleThenTheLineQuiet_tripsCountingFromTheConsolesClock() {
    // The console's clock stopped 250 ms ago; a copy of its last sample came 100 ms after that
    // (noise lost the first ones), then nothing for 150 ms.
    c.lastAdvancingTelemetryMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS;
    c.lastTelemetryMs = c.lastAdvancingTelemetryMs + 100;
    c.newSample = false;
    assertTrue(interlock.check(c.build()).orElseThrow().contains("stuck"));
  }

  @Test
  void check_lineSilentRightAfterAFreshSample_leftToLinkLoss() {
    c.lastAdvancingTelemetryMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS - 10;
    c.lastTelemetryMs = c.lastAdvancingTelemetryMs + FirmwareHangInterlock.SAMPLE_GAP_MS - 1;
    c.newSample = false;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_consoleTimeMovedRecently_clear() {
    c.lastAdvancingTelemetryMs = c.nowMs - FirmwareHangInterlock.FROZEN_MS + 1;
    assertTrue(interlock.check(c.build()).isEmpty());
  }

  @Test
  void check_consoleHeartbeatStopped_trips() {
    c.lastConsoleHeartbeatMs = c.nowMs;
    interlock.check(c.build());
    for (int i = 0; i < 49; i++) {
      assertTrue(interlock.check(c.after(20).build()).isEmpty(), "heartbeat quiet for " + i * 20);
    }
    c.after(20); // 1000 ms
    assertTrue(interlock.check(c.build()).orElseThrow().contains("heartbeat"));
  }

  @Test
  void check_telemetryBackBeforeTheConsolesHeartbeatAfterALinkLoss_clearForTheGrace() {
    c.lastConsoleHeartbeatMs = c.nowMs;
    interlock.check(c.build());
    c.after(3_000); // the line was down for 3 s; telemetry comes back first
    for (int i = 0; i < 5; i++) {
      assertTrue(interlock.check(c.build()).isEmpty(), "link back for " + i * 20 + " ms");
      c.after(20);
    }
    c.lastConsoleHeartbeatMs = c.nowMs; // its heartbeat arrives within 100 ms
    for (int i = 0; i < 10; i++) {
      assertTrue(interlock.check(c.after(20).build()).isEmpty());
    }
  }

  @Test
  void check_telemetryBackButTheConsolesHeartbeatStillMissing_tripsAfterTheGrace() {
    c.lastConsoleHeartbeatMs = c.nowMs;
    interlock.check(c.build());
    c.after(3_000);
    interlock.check(c.build());
    for (int i = 0; i < 49; i++) {
      assertTrue(interlock.check(c.after(20).build()).isEmpty());
    }
    assertTrue(interlock.check(c.after(20).build()).orElseThrow().contains("heartbeat"));
  }

  @Test
  void check_heartbeatsLostToNoiseBetweenSamplesThatArrive_clear() {
    c.lastConsoleHeartbeatMs = c.nowMs;
    interlock.check(c.build());
    for (int i = 0; i < 20; i++) { // two heartbeats lost in a row, as noise was seen to do
      assertTrue(interlock.check(c.after(20).build()).isEmpty());
    }
    c.lastConsoleHeartbeatMs = c.nowMs;
    assertTrue(interlock.check(c.after(20).build()).isEmpty());
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
