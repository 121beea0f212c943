package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;

class SimulatedTimeLoopTest {

  private static final SessionCase BUSY_CASE =
      new SessionCase(
          Gas.N2O,
          -60,
          List.of(new FreezeCycle(4, 1)),
          SessionPropertyTest.scriptedStart(77),
          List.of(
              new ScheduledFault(1.2, Fault.LINE_NOISE, 1.5),
              new ScheduledFault(4.0, Fault.COMM_LOSS, 0.8),
              new ScheduledFault(5.5, Fault.FIRMWARE_HANG, 0.7)),
          8_000,
          77);

  @Test
  void run_sameCaseTwice_journalsTheSameRecords() {
    List<JournalRecord> first = SessionPropertyTest.runInMemory(BUSY_CASE).journal;
    List<JournalRecord> second = SessionPropertyTest.runInMemory(BUSY_CASE).journal;
    assertEquals(
        java.util.Optional.empty(), SessionReplay.firstDifference(first, second), "runs differ");
    assertTrue(first.size() > 500, "a busy 8 s session journals hundreds of records");
  }

  @Test
  void run_anyCase_eachStepAtMostFiveMsAndTheControllerTickedWithinTenMs() {
    SessionCheck check = SessionPropertyTest.runInMemory(BUSY_CASE);
    assertEquals(java.util.List.of(), check.violations);
    long steps = check.run.loop().steps();
    assertTrue(steps >= BUSY_CASE.durationMs() / SimulatedTimeLoop.MAX_STEP_MS, "steps " + steps);
    // The controller heartbeats every 100 ms of session time while connected: ticks came in time.
    long heartbeats =
        check.journal.stream()
            .filter(
                r ->
                    r.event() instanceof JournalEvent.CommandIssued c
                        && c.command() instanceof ConsoleCommand.Heartbeat)
            .count();
    assertTrue(heartbeats >= 75, "heartbeats " + heartbeats);
  }

  @Test
  void new_stepLongerThanFiveMs_isRefused() {
    var pair = InMemoryBytePort.pair("a", "b");
    var clock = new SimulatedClock();
    var a = new CountingBytePort(pair.a());
    var b = new CountingBytePort(pair.b());
    var journal = new JournalingEvents(r -> {}, java.time.Clock.systemUTC(), "nurse.test");
    var session =
        new ConsoleSession(a, org.cryows.probecontrol.protocol.LinkTiming.DEFAULT, clock, journal);
    var console =
        new SimulatedConsole(
            org.cryows.probecontrol.simulator.SimulatorConfig.defaults(Gas.CO2),
            b,
            org.cryows.probecontrol.protocol.LinkTiming.DEFAULT,
            clock,
            1);
    assertThrows(
        IllegalArgumentException.class,
        () -> new SimulatedTimeLoop(clock, session, a, console, b, 6));
  }
}
