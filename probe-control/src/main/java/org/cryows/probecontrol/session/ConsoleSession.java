package org.cryows.probecontrol.session;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.cryows.probecontrol.console.ControllerState;
import org.cryows.probecontrol.controller.ActionResult;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.probecontrol.controller.ProbeController;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.protocol.ProtocolLink;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's side of a treatment session: the {@link ProbeController} talking to the console
 * through a {@link ProtocolLink} on a byte port, everything journaled first through {@link
 * JournalingEvents}, on one session clock (simulated or wall-clock milliseconds since the session
 * started).
 *
 * <p>Driving it: deliver what arrives with {@link #pollLink}, call {@link #tick} at least every
 * {@value ProbeController#CONTROL_PERIOD_MS} ms, and pass the operator's actions to {@link #act}.
 * {@link SimulatedTimeLoop} does this on simulated time; {@link #startRealTime} starts a thread
 * that does it on the wall clock.
 *
 * <p>A journal that fails stops the treatment: at the next tick or action the session stops a
 * running or armed controller, and from then on refuses every action that could lead to gas flow
 * (connect, self-test, load, arm, start); stop, e-stop, acknowledge, audio pause and the foot
 * switch remain.
 *
 * <p>Listening: {@link #addListener} gives a display (the Console workspace) or a measurement the
 * controller's state changes, alarm events, the console's event frames, telemetry and commands, on
 * the thread that drove the controller, right after the journal ({@link SessionListener}).
 *
 * <p>Thread safety: {@link #act}, {@link #tick} and {@link #pollLink} may be called from different
 * threads, {@link #pollLink} from one at a time. There is one session clock, and each input reads
 * it only once it holds the session's input lock, so the controller receives its inputs in the
 * order of their times.
 */
public final class ConsoleSession {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSession.class);

  /** How often the real-time loop ticks the controller: well inside the controller's 10 ms. */
  public static final long REAL_TIME_TICK_MS = 2;

  private static final long PASS_PAUSE_NANOS = 250_000;

  private final MillisClock clock;

  /**
   * Every input reads the session clock and reaches the controller under this lock. Two threads
   * feed the controller (the session's loop with reports and ticks, the operator's with actions);
   * one that read the clock and then waited for the controller while the other read a later time
   * and got in first handed the controller a time that went back.
   */
  private final Object inputs = new Object();

  private final JournalingEvents journal;
  private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
  private final ProtocolLink link;
  private final ProbeController controller;
  private volatile boolean journalFailureHandled;

  /**
   * @param port the workstation's end of the line, open
   * @param clock session milliseconds (from 0 at the session's start), for the controller and the
   *     link
   */
  public ConsoleSession(
      BytePort port, LinkTiming timing, MillisClock clock, JournalingEvents journal) {
    if (port == null || timing == null || clock == null || journal == null) {
      throw new IllegalArgumentException("port, timing, clock and journal are required");
    }
    this.clock = clock;
    this.journal = journal;
    ProbeController[] self = new ProbeController[1];
    this.link =
        new ProtocolLink(
            port,
            timing,
            clock,
            report -> {
              synchronized (inputs) {
                self[0].onReport(now(), report);
              }
            });
    this.controller = new ProbeController(link, new ListenedEvents(journal, listeners));
    self[0] = controller;
  }

  /** Session milliseconds now. */
  public long now() {
    return clock.nowMs();
  }

  /** The operator's action, now; refused when the journal failed and it could start gas flow. */
  public ActionResult act(OperatorAction action) {
    handleJournalFailure();
    if (journalFailureHandled && couldLeadToGasFlow(action)) {
      return ActionResult.refused(
          "the session journal failed ("
              + journal.failure().map(Throwable::getMessage).orElse("?")
              + "): no treatment without a journal");
    }
    synchronized (inputs) {
      return controller.act(now(), action);
    }
  }

  /** Runs the controller's time-driven work up to now. */
  public void tick() {
    handleJournalFailure();
    synchronized (inputs) {
      controller.tick(now());
    }
  }

  /** Reads what the console sent and delivers it to the controller (see {@link ProtocolLink}). */
  public int pollLink(int waitMs) {
    return link.poll(waitMs);
  }

  /**
   * Adds a listener: from the next event on, it hears state changes, alarm events, the console's
   * event frames, telemetry and commands, each right after the journal (see {@link SessionListener}
   * for its thread and what it must not do).
   */
  public void addListener(SessionListener listener) {
    listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
  }

  public void removeListener(SessionListener listener) {
    listeners.remove(listener);
  }

  public ProbeController controller() {
    return controller;
  }

  public ProtocolLink link() {
    return link;
  }

  public JournalingEvents journal() {
    return journal;
  }

  /** The journal failure the session has acted on, if any. */
  public Optional<RuntimeException> journalFailure() {
    return journalFailureHandled ? journal.failure() : Optional.empty();
  }

  /**
   * Drives the session on the wall clock on one thread: poll the link without waiting, tick the
   * controller every {@value #REAL_TIME_TICK_MS} ms, pause a quarter of a millisecond. One thread,
   * so a failure stops both: the heartbeats stop and the console's watchdog takes over. (The loop
   * never waits in the port, whatever kind of port it is, so the tick's timing does not depend on
   * the port's read timeout.) Close the returned handle to stop it.
   */
  public AutoCloseable startRealTime(String name) {
    Thread driver =
        Thread.ofPlatform()
            .name(name)
            .daemon()
            .start(
                () -> {
                  // The first pass ticks; each tick then sets the next. (Counting from a last
                  // tick of Long.MIN_VALUE overflowed: the loop never ticked, and a silent line
                  // left the controller waiting for a report to move its clock.)
                  long nextTickMs = now();
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      if (pollLink(0) < 0) {
                        Thread.sleep(1); // the port is reconnecting
                      }
                      long nowMs = now();
                      if (nowMs >= nextTickMs) {
                        tick();
                        nextTickMs = nowMs + REAL_TIME_TICK_MS;
                      }
                      LockSupport.parkNanos(PASS_PAUSE_NANOS);
                    } catch (InterruptedException e) {
                      return;
                    } catch (RuntimeException e) {
                      LOG.error("{}: the session loop failed; heartbeats stop", name, e);
                      return;
                    }
                  }
                });
    return () -> {
      driver.interrupt();
      driver.join(2000);
    };
  }

  private void handleJournalFailure() {
    if (journalFailureHandled || journal.failure().isEmpty()) {
      return;
    }
    journalFailureHandled = true;
    ControllerState state = controller.state();
    if (state == ControllerState.ARMED
        || state == ControllerState.FREEZING
        || state == ControllerState.THAWING) {
      synchronized (inputs) {
        controller.stop(now());
      }
    }
  }

  private static boolean couldLeadToGasFlow(OperatorAction action) {
    return switch (action) {
      case OperatorAction.Connect a -> true;
      case OperatorAction.SelfTest a -> true;
      case OperatorAction.LoadProtocol a -> true;
      case OperatorAction.Arm a -> true;
      case OperatorAction.Start a -> true;
      case OperatorAction.FootSwitch a -> false;
      case OperatorAction.Stop a -> false;
      case OperatorAction.Acknowledge a -> false;
      case OperatorAction.PauseAudio a -> false;
      case OperatorAction.EStop a -> false;
    };
  }
}
