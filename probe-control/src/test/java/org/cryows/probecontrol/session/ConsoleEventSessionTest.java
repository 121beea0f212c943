package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.journal.JournalEvent;
import org.cryows.probecontrol.journal.JournalRecord;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.InMemoryBytePort;
import org.cryows.probecontrol.transport.PortException;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Event frames end to end: the real controller, journal, wire protocol and console simulator on
 * simulated time. A fault the console detects itself strikes between two telemetry samples during a
 * freeze; the controller stops the gas within one 5 ms step of the console's detection, having
 * journaled the event first. When every event frame is lost to line noise (each attempt, and each
 * announcement again after the link gave one up) the telemetry stops the gas within the 100 ms it
 * always had.
 */
class ConsoleEventSessionTest {

  /** The simulated time loop's step: an event sent within a step is read at its end. */
  private static final long STEP_MS = SimulatedTimeLoop.MAX_STEP_MS;

  private static final long DEADLINE_MS = 100;

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "TIP_SENSOR_OPEN",
        "ESTOP",
        "FOOT_SWITCH_RELEASED",
        "SUPPLY_PRESSURE_LOW",
        "SUPPLY_PRESSURE_HIGH",
        "EXHAUST_BLOCKED",
        "VALVE_STUCK_OPEN",
        "SKIN_TEMP_LOW"
      })
  void consoleDetectedFault_eventFrame_gasStoppedWithinAStepOfTheDetection(Fault fault) {
    Outcome outcome = freezeThen(fault, false);
    JournalRecord event = outcome.firstEvent(fault);
    assertTrue(event != null, fault + ": no event journaled");
    assertTrue(
        outcome.stoppedAtMs - outcome.detectedAtMs <= STEP_MS,
        fault
            + ": detected at "
            + outcome.detectedAtMs
            + " ms, gas stop commanded at "
            + outcome.stoppedAtMs
            + " ms");
    assertTrue(
        outcome.journal.indexOf(event) < outcome.stopIndex, "the event journaled before the stop");
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {
        "TIP_SENSOR_OPEN",
        "ESTOP",
        "FOOT_SWITCH_RELEASED",
        "SUPPLY_PRESSURE_LOW",
        "SUPPLY_PRESSURE_HIGH",
        "EXHAUST_BLOCKED",
        "VALVE_STUCK_OPEN",
        "SKIN_TEMP_LOW"
      })
  void eventFramesLostToNoise_telemetryStopsTheGasWithinTheOldDeadline(Fault fault) {
    Outcome outcome = freezeThen(fault, true);
    assertEquals(null, outcome.firstEvent(fault), "no event got through");
    assertTrue(outcome.corruptedEventFrames > 0, "the console sent event frames");
    assertTrue(
        outcome.stoppedAtMs - outcome.detectedAtMs <= DEADLINE_MS,
        fault
            + ": detected at "
            + outcome.detectedAtMs
            + " ms, gas stop commanded at "
            + outcome.stoppedAtMs
            + " ms");
  }

  private record Outcome(
      List<JournalRecord> journal,
      long detectedAtMs,
      long stoppedAtMs,
      int stopIndex,
      int corruptedEventFrames) {

    JournalRecord firstEvent(Fault fault) {
      for (JournalRecord record : journal) {
        if (record.event() instanceof JournalEvent.OperatorAction a
            && a.action().equals("report.consoleEvent")
            && a.details().get("fault").equals(fault.name())
            && a.details().get("present").equals("true")) {
          return record;
        }
      }
      return null;
    }
  }

  /**
   * Freezes with CO2 at its limit (the probe valve stays open), then the fault strikes 10 s in, 7
   * ms after a sample; for a stuck valve the operator stops then, and the valve does not close.
   */
  private static Outcome freezeThen(Fault fault, boolean eventFramesLost) {
    var pair = InMemoryBytePort.pair("workstation", "console");
    pair.a().open();
    pair.b().open();
    var noise = new EventFrameNoise(pair.b(), eventFramesLost);
    List<JournalRecord> journal = new ArrayList<>();
    var events = new JournalingEvents(journal::add, Clock.systemUTC(), "nurse.test");
    var run = new SimulatedSession(pair.a(), noise, SimulatorConfig.defaults(Gas.CO2), events, 1);
    var protocol = new FreezeProtocol(Gas.CO2, -78, List.of(new FreezeCycle(60, 0)));
    run.act(new OperatorAction.Connect());
    run.act(OperatorAction.LoadProtocol.of(protocol));
    run.advanceTo(1_000);
    run.act(new OperatorAction.SelfTest());
    run.advanceTo(3_500);
    run.act(new OperatorAction.Arm());
    run.advanceTo(4_000);
    run.act(new OperatorAction.FootSwitch(true));
    run.advanceTo(5_000);
    run.act(new OperatorAction.Start());
    long onsetMs = 15_007;
    run.advanceTo(onsetMs);
    assertEquals(ControllerState.FREEZING, run.session().controller().state());
    run.simulator().inject(ScheduledFault.untilEnd(onsetMs / 1000.0, fault));
    if (fault == Fault.VALVE_STUCK_OPEN) {
      run.act(new OperatorAction.Stop());
    }
    long detectedAtMs = -1;
    while (detectedAtMs < 0 && run.nowMs() < onsetMs + 20_000) {
      run.advanceTo(run.nowMs() + 1);
      Long seen = run.simulator().detectedFaults().get(fault);
      detectedAtMs = seen == null ? -1 : seen;
    }
    assertTrue(detectedAtMs >= 0, fault + " never detected by the console");
    run.advanceTo(detectedAtMs + 200);
    // The gas is stopped by the probe valve's close; for a stuck probe valve by the supply's close
    // and the vent the stuck-valve trip adds.
    ConsoleCommand stop =
        fault == Fault.VALVE_STUCK_OPEN
            ? new ConsoleCommand.Vent()
            : new ConsoleCommand.SetProbeValve(false);
    for (int i = 0; i < journal.size(); i++) {
      JournalRecord record = journal.get(i);
      if (record.tMs() >= detectedAtMs
          && record.event() instanceof JournalEvent.CommandIssued c
          && c.command().equals(stop)) {
        return new Outcome(journal, detectedAtMs, record.tMs(), i, noise.corrupted);
      }
    }
    throw new AssertionError(fault + ": no " + stop + " after the detection at " + detectedAtMs);
  }

  /**
   * The console's end of the line, corrupting (when asked) one byte of every event frame it writes,
   * as line noise would: the workstation drops the frame on its CRC and the console retries it.
   * Every byte still crosses the line, so the simulated time loop's byte counts hold. Each frame is
   * written whole; its type is its fourth byte (a zero, COBS's first code byte, the version, the
   * type: version and type are never zero).
   */
  private static final class EventFrameNoise implements BytePort {
    private final BytePort port;
    private final boolean corrupt;
    int corrupted;

    EventFrameNoise(BytePort port, boolean corrupt) {
      this.port = port;
      this.corrupt = corrupt;
    }

    @Override
    public void write(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
      byte[] out = buffer;
      if (corrupt && length > 8 && buffer[offset] == 0 && buffer[offset + 3] == 0x24) {
        out = java.util.Arrays.copyOfRange(buffer, offset, offset + length);
        out[length - 3] ^= 0x10;
        if (out[length - 3] == 0) {
          out[length - 3] = 0x55;
        }
        offset = 0;
        corrupted++;
      }
      port.write(out, offset, length, timeoutMs);
    }

    @Override
    public String name() {
      return port.name();
    }

    @Override
    public void open() throws PortException {
      port.open();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, int timeoutMs) throws PortException {
      return port.read(buffer, offset, length, timeoutMs);
    }

    @Override
    public boolean isConnected() {
      return port.isConnected();
    }

    @Override
    public void close() {
      port.close();
    }
  }
}
