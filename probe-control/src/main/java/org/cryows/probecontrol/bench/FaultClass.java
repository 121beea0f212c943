package org.cryows.probecontrol.bench;

import java.util.List;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.interlock.FailureToFreezeInterlock;
import org.cryows.probecontrol.interlock.LeakInterlock;
import org.cryows.probecontrol.interlock.LinkLossInterlock;
import org.cryows.probecontrol.interlock.TipSensorInterlock;

/**
 * How the console bench exercises and times one fault class: how long the fault lasts, from which
 * moment it is timed, which command stops its gas, and the deadline it is held to when the
 * workstation, not the console, finds it.
 *
 * @param fault the class
 * @param faultMs how long the injected fault lasts
 * @param timedFrom the moment the latency counts from
 * @param stop the command that stops the gas for this class
 * @param deadlineMs the workstation's deadline for a class it judges from a watchdog or a trend; 0
 *     for the classes the console detects itself (held to the goal instead) and for line noise
 */
record FaultClass(Fault fault, long faultMs, From timedFrom, ConsoleCommand stop, long deadlineMs) {

  /** Where a fault's latency counts from. */
  enum From {
    /** The console's firmware detecting the fault (its event frame's moment). */
    CONSOLE_DETECTION("console detection"),
    /** The fault's onset: the workstation sees it from a watchdog or the readings. */
    ONSET("onset"),
    /** The line closed in by the operator's stop: a leak shows only then. */
    LINE_CLOSED_IN("line closed in by a stop"),
    /** The freeze's start: a blocked probe is a freeze that never freezes. */
    FREEZE_START("freeze start"),
    /** Nothing: line noise does not stop the gas. */
    NOT_TIMED("not timed: does not close the gas");

    final String label;

    From(String label) {
      this.label = label;
    }
  }

  private static final ConsoleCommand CLOSE_PROBE = new ConsoleCommand.SetProbeValve(false);

  /** Link loss and a hung firmware (found as link loss or as a frozen clock): 300 ms. */
  private static final long LINK_DEADLINE_MS = new LinkLossInterlock().spec().deadlineMs();

  /** Every class the bench exercises, the ones the console detects itself first. */
  static final List<FaultClass> ALL =
      List.of(
          consoleDetected(Fault.TIP_SENSOR_OPEN, 200),
          consoleDetected(Fault.ESTOP, 200),
          consoleDetected(Fault.FOOT_SWITCH_RELEASED, 200),
          consoleDetected(Fault.SUPPLY_PRESSURE_LOW, 200),
          consoleDetected(Fault.SUPPLY_PRESSURE_HIGH, 200),
          // The return line takes about a second to pass 345 kPa.
          consoleDetected(Fault.EXHAUST_BLOCKED, 1_500),
          // The stuck probe valve's gas is stopped by the supply shut-off.
          new FaultClass(
              Fault.VALVE_STUCK_OPEN,
              200,
              From.CONSOLE_DETECTION,
              new ConsoleCommand.SetSupplyValve(false),
              0),
          // The skin takes about 5 s to cool past 10 C.
          consoleDetected(Fault.SKIN_TEMP_LOW, 9_000),
          new FaultClass(Fault.COMM_LOSS, 1_000, From.ONSET, CLOSE_PROBE, LINK_DEADLINE_MS),
          new FaultClass(Fault.FIRMWARE_HANG, 1_000, From.ONSET, CLOSE_PROBE, LINK_DEADLINE_MS),
          new FaultClass(
              Fault.TIP_SENSOR_SHORT,
              500,
              From.ONSET,
              CLOSE_PROBE,
              new TipSensorInterlock().spec().deadlineMs()),
          // The leak trip vents the line the stop closed in.
          new FaultClass(
              Fault.LEAK,
              9_000,
              From.LINE_CLOSED_IN,
              new ConsoleCommand.Vent(),
              new LeakInterlock().spec().deadlineMs()),
          // Its 20 s window, and a sample and a control period, as the end-to-end property.
          new FaultClass(
              Fault.BLOCKED_PROBE,
              FailureToFreezeInterlock.WINDOW_MS + 3_000,
              From.FREEZE_START,
              CLOSE_PROBE,
              FailureToFreezeInterlock.WINDOW_MS + 100),
          new FaultClass(Fault.LINE_NOISE, 1_000, From.NOT_TIMED, CLOSE_PROBE, 0));

  static FaultClass of(Fault fault) {
    return ALL.stream().filter(c -> c.fault() == fault).findFirst().orElseThrow();
  }

  boolean closesGas() {
    return timedFrom != From.NOT_TIMED;
  }

  private static FaultClass consoleDetected(Fault fault, long faultMs) {
    return new FaultClass(fault, faultMs, From.CONSOLE_DETECTION, CLOSE_PROBE, 0);
  }
}
