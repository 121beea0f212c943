package org.cryows.probecontrol.session;

import org.cryows.probecontrol.controller.ActionResult;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.BytePort;

/**
 * A whole session on simulated time: the workstation's {@link ConsoleSession} and a {@link
 * SimulatedConsole} on the two ends of a byte channel, driven in lockstep by a {@link
 * SimulatedTimeLoop} with 5 ms steps. Scenarios, tests and benchmarks assemble it here so that they
 * all run the same wiring.
 *
 * <p>Single-threaded: the caller's thread owns everything.
 */
public final class SimulatedSession {
  private final SimulatedClock clock = new SimulatedClock();
  private final ConsoleSession session;
  private final SimulatedConsole console;
  private final SimulatedTimeLoop loop;

  /**
   * @param workstationPort the workstation's end of the line, open
   * @param consolePort the console's end of the line, open
   * @param noiseSeed seeds the line noise of the LINE_NOISE fault
   */
  public SimulatedSession(
      BytePort workstationPort,
      BytePort consolePort,
      SimulatorConfig config,
      JournalingEvents journal,
      long noiseSeed) {
    var countedWorkstation = new CountingBytePort(workstationPort);
    var countedConsole = new CountingBytePort(consolePort);
    this.console =
        new SimulatedConsole(config, countedConsole, LinkTiming.DEFAULT, clock, noiseSeed);
    this.session = new ConsoleSession(countedWorkstation, LinkTiming.DEFAULT, clock, journal);
    this.loop =
        new SimulatedTimeLoop(
            clock,
            session,
            countedWorkstation,
            console,
            countedConsole,
            SimulatedTimeLoop.MAX_STEP_MS);
  }

  /**
   * The operator acts now; a foot switch action also moves the console's pedal input (one physical
   * switch read by both). Returns once the line is quiet again.
   */
  public ActionResult act(OperatorAction action) {
    if (action instanceof OperatorAction.FootSwitch pedal) {
      console.simulator().setFootSwitchPressed(pedal.pressed());
    }
    ActionResult result = session.act(action);
    loop.settle();
    return result;
  }

  /** Runs until the session clock reads {@code tMs}. */
  public void advanceTo(long tMs) {
    loop.advanceTo(tMs);
  }

  public long nowMs() {
    return clock.nowMs();
  }

  public ConsoleSession session() {
    return session;
  }

  public SimulatedConsole console() {
    return console;
  }

  /** The simulator (this thread only). */
  public ConsoleSimulator simulator() {
    return console.simulator();
  }

  public SimulatedTimeLoop loop() {
    return loop;
  }
}
