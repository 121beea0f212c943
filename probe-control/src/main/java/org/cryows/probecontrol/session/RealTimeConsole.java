package org.cryows.probecontrol.session;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.transport.MillisClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SimulatedConsole} on the wall clock on its own thread, as a console's firmware runs
 * its main loop: let the physics catch up with the clock, serve the link without waiting, pause a
 * quarter of a millisecond, again and again. Others reach the simulator only through {@link
 * #submit}, which runs on the loop's thread.
 */
public final class RealTimeConsole implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RealTimeConsole.class);

  /**
   * Pause between passes. The loop polls without waiting and pauses itself, so its timing does not
   * depend on any port's read timeout.
   */
  static final long PASS_PAUSE_NANOS = 250_000;

  private final SimulatedConsole console;
  private final MillisClock clock;
  private final ConcurrentLinkedQueue<Consumer<ConsoleSimulator>> tasks =
      new ConcurrentLinkedQueue<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Consumer<ConsoleSimulator> afterEachPass = sim -> {};

  private RealTimeConsole(SimulatedConsole console, MillisClock clock, String name) {
    this.console = console;
    this.clock = clock;
    this.thread = Thread.ofPlatform().name(name).unstarted(this::loop);
  }

  /**
   * Starts the loop; the console's clock must be the one given here.
   *
   * @param clock the console's clock, in the same milliseconds as the simulator's (from 0)
   */
  public static RealTimeConsole start(SimulatedConsole console, MillisClock clock, String name) {
    var running = new RealTimeConsole(console, clock, name);
    running.thread.start();
    return running;
  }

  /** Runs {@code task} on the loop's thread at its next pass (faults, pedal, e-stop). */
  public void submit(Consumer<ConsoleSimulator> task) {
    tasks.add(task);
  }

  /** Runs {@code check} on the loop's thread after every pass (for measurements). */
  public void afterEachPass(Consumer<ConsoleSimulator> check) {
    this.afterEachPass = java.util.Objects.requireNonNull(check, "check");
  }

  public boolean isRunning() {
    return running && thread.isAlive();
  }

  private void loop() {
    try {
      while (running) {
        Consumer<ConsoleSimulator> task;
        while ((task = tasks.poll()) != null) {
          task.accept(console.simulator());
        }
        console.advanceTo(clock.nowMs());
        if (console.service(0) < 0) {
          Thread.sleep(1); // the port is reconnecting; do not spin
        }
        afterEachPass.accept(console.simulator());
        LockSupport.parkNanos(PASS_PAUSE_NANOS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      running = false;
      LOG.error("console simulator loop stopped", e);
    }
  }

  /** Stops the loop and waits for it to end. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
