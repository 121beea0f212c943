package org.cryows.probecontrol.session;

import org.cryows.probecontrol.transport.PortException;

/**
 * Runs a session and its simulated console on simulated time, as fast as the machine allows and
 * with the same result every time, over any byte channel (an in-memory pair or a real serial line).
 *
 * <p>Each step moves the clock at most {@link #stepMs} (5 ms at most), lets the console's physics
 * and firmware catch up (telemetry goes out), ticks the controller, then pumps both ends of the
 * link until every byte written on either side has been read on the other ({@link CountingBytePort}
 * counts them). Only then does time move on, so nothing a real line delays can reorder the run:
 * what the two ends see depends on the inputs and their simulated times alone.
 *
 * <p>Single-threaded: the caller's thread owns the clock, the simulator and both link ends.
 */
public final class SimulatedTimeLoop {
  /** The longest step the loop takes. */
  public static final long MAX_STEP_MS = 5;

  /** A real line that has not delivered written bytes after this long has lost them. */
  private static final long SETTLE_TIMEOUT_NANOS = 5_000_000_000L;

  /** Called after every step, with everything on the line delivered. */
  @FunctionalInterface
  public interface StepObserver {
    void afterStep(long tMs);
  }

  private final SimulatedClock clock;
  private final ConsoleSession session;
  private final CountingBytePort workstationPort;
  private final SimulatedConsole console;
  private final CountingBytePort consolePort;
  private final long stepMs;
  private StepObserver observer = tMs -> {};
  private long steps;
  private long pumpRounds;

  /**
   * @param workstationPort the port under the session's link (counted)
   * @param consolePort the port under the console's link (counted)
   * @param stepMs the longest step, 1 to {@value #MAX_STEP_MS} ms
   */
  public SimulatedTimeLoop(
      SimulatedClock clock,
      ConsoleSession session,
      CountingBytePort workstationPort,
      SimulatedConsole console,
      CountingBytePort consolePort,
      long stepMs) {
    if (stepMs < 1 || stepMs > MAX_STEP_MS) {
      throw new IllegalArgumentException(
          "stepMs must be 1 to " + MAX_STEP_MS + " ms, was " + stepMs);
    }
    this.clock = clock;
    this.session = session;
    this.workstationPort = workstationPort;
    this.console = console;
    this.consolePort = consolePort;
    this.stepMs = stepMs;
  }

  public void setObserver(StepObserver observer) {
    this.observer = java.util.Objects.requireNonNull(observer, "observer");
  }

  public long nowMs() {
    return clock.nowMs();
  }

  /** Runs steps until the clock reads {@code tMs} (the last step may be shorter). */
  public void advanceTo(long tMs) {
    while (clock.nowMs() < tMs) {
      long next = Math.min(tMs, clock.nowMs() + stepMs);
      clock.advanceTo(next);
      console.advanceTo(next);
      session.tick();
      settle();
      steps++;
      observer.afterStep(next);
    }
  }

  /**
   * Pumps both ends until nothing is on the line: call after acting on the session or the console
   * between steps.
   *
   * @throws IllegalStateException when written bytes never arrive (a real line lost them)
   */
  public void settle() {
    long deadline = 0;
    while (true) {
      // Every byte on its way is in the reader's hands before either end polls, so timers never
      // race a slow line (a pty delivers late and in pieces; memory does not).
      stageBytesInFlight();
      console.service(0);
      // What the console has just written (an alarm, an ack) reaches the workstation's reader
      // before it polls, as a memory line would have it: a pty delivers it a little later, and the
      // workstation's timers would then run before reading it.
      stageBytesInFlight();
      session.pollLink(0);
      pumpRounds++;
      long toConsole = workstationPort.bytesWritten() - consolePort.bytesRead();
      long toWorkstation = consolePort.bytesWritten() - workstationPort.bytesRead();
      if (toConsole == 0 && toWorkstation == 0) {
        return;
      }
      if (toConsole < 0 || toWorkstation < 0) {
        throw new IllegalStateException(
            "more bytes read than written: the line is not a plain pair (echo on?)");
      }
      if (deadline == 0) {
        deadline = System.nanoTime() + SETTLE_TIMEOUT_NANOS;
      } else if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the line did not deliver "
                + toConsole
                + " byte(s) to the console and "
                + toWorkstation
                + " to the workstation at "
                + clock.nowMs()
                + " ms");
      }
      // A real line takes a little while: wait on the side that bytes are on their way to.
      if (toConsole > 0) {
        console.service(1);
      } else {
        session.pollLink(1);
      }
    }
  }

  private void stageBytesInFlight() {
    long deadline = System.nanoTime() + SETTLE_TIMEOUT_NANOS;
    try {
      consolePort.stageUntilArrived(workstationPort.bytesWritten(), deadline);
      workstationPort.stageUntilArrived(consolePort.bytesWritten(), deadline);
    } catch (PortException e) {
      throw new IllegalStateException(
          "the line failed at " + clock.nowMs() + " ms: " + e.getMessage(), e);
    }
  }

  /** Steps taken so far. */
  public long steps() {
    return steps;
  }

  /** Rounds of polling both ends so far (at least one per step). */
  public long pumpRounds() {
    return pumpRounds;
  }
}
