package org.cryows.probecontrol.session;

import java.util.TreeSet;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.simulator.ScheduledFault;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.BytePort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link Scenario}: the real controller, journaled, against the console simulator over a
 * byte channel (a socat pty pair for {@code ./cryo scenario}), either on simulated time as fast as
 * possible or on the wall clock. The simulator is fitted with a default cylinder of the protocol's
 * gas.
 */
public final class ScenarioRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);

  private final Scenario scenario;
  private final JournalTally tally;
  private final JournalingEvents journal;
  private final long noiseSeed;

  /**
   * @param tally the journal's sink, counted (records, alarms raised) for the result
   * @param journal the controller's events, appending to {@code tally}
   * @param noiseSeed seeds the LINE_NOISE fault's bit errors
   */
  public ScenarioRunner(
      Scenario scenario, JournalTally tally, JournalingEvents journal, long noiseSeed) {
    if (scenario == null || tally == null || journal == null) {
      throw new IllegalArgumentException("scenario, tally and journal are required");
    }
    this.scenario = scenario;
    this.tally = tally;
    this.journal = journal;
    this.noiseSeed = noiseSeed;
  }

  /**
   * Runs on simulated time: steps of at most 5 ms, each one pumped until the line is quiet, with a
   * step boundary at every operator action and every fault's start and end.
   */
  public ScenarioResult runOnSimulatedTime(BytePort workstationPort, BytePort consolePort) {
    long wallStart = System.nanoTime();
    var run = new SimulatedSession(workstationPort, consolePort, config(), journal, noiseSeed);
    run.simulator().schedule(scenario.faults());
    int next = 0;
    for (long edgeMs : edges()) {
      run.advanceTo(edgeMs);
      while (next < scenario.steps().size() && scenario.steps().get(next).atMs() <= edgeMs) {
        act(run, scenario.steps().get(next++).action());
      }
    }
    run.advanceTo(scenario.durationMs());
    return result(run.session(), wallStart);
  }

  /** Runs on the wall clock: the console on its own thread, the session on two more. */
  public ScenarioResult runOnWallClock(BytePort workstationPort, BytePort consolePort)
      throws InterruptedException {
    long wallStart = System.nanoTime();
    var clock = new WallClock();
    var console = new SimulatedConsole(config(), consolePort, LinkTiming.DEFAULT, clock, noiseSeed);
    console.simulator().schedule(scenario.faults());
    var session = new ConsoleSession(workstationPort, LinkTiming.DEFAULT, clock, journal);
    try (var running = RealTimeConsole.start(console, clock, "console-sim");
        var driving = session.startRealTime("session")) {
      for (ScenarioStep step : scenario.steps()) {
        clock.sleepUntil(step.atMs());
        if (step.action() instanceof OperatorAction.FootSwitch pedal) {
          running.submit(sim -> sim.setFootSwitchPressed(pedal.pressed()));
        }
        report(session.act(step.action()), step.action(), session.now());
      }
      clock.sleepUntil(scenario.durationMs());
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("stopping the real-time run failed: " + e.getMessage(), e);
    }
    session.tick();
    return result(session, wallStart);
  }

  private SimulatorConfig config() {
    return SimulatorConfig.defaults(scenario.protocol().gas());
  }

  /** Operator action times and fault starts and ends, in order, within the run. */
  private TreeSet<Long> edges() {
    var edges = new TreeSet<Long>();
    scenario.steps().forEach(step -> edges.add(step.atMs()));
    for (ScheduledFault fault : scenario.faults().faults()) {
      edges.add(fault.startMs());
      if (!fault.lastsUntilEnd() && fault.endMs() <= scenario.durationMs()) {
        edges.add(fault.endMs());
      }
    }
    return edges;
  }

  private static void act(SimulatedSession run, OperatorAction action) {
    report(run.act(action), action, run.nowMs());
  }

  private static void report(
      org.cryows.probecontrol.controller.ActionResult result, OperatorAction action, long tMs) {
    if (result.accepted()) {
      LOG.info("{} ms: {}", tMs, action);
    } else {
      LOG.info("{} ms: {} refused: {}", tMs, action, result.reason());
    }
  }

  private ScenarioResult result(ConsoleSession session, long wallStartNanos) {
    return new ScenarioResult(
        session.controller().state(),
        tally.raised(),
        tally.records(),
        session.now(),
        (System.nanoTime() - wallStartNanos) / 1_000_000L);
  }
}
