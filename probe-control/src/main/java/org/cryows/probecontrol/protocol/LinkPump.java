package org.cryows.probecontrol.protocol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one end of the link on its own thread, in real time. Simulated-time runs do not use it:
 * their loop calls {@link PolledLink#poll} with a wait of 0 after advancing the clock.
 */
public final class LinkPump implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LinkPump.class);

  private final PolledLink link;
  private final int pollWaitMs;
  private final Thread thread;
  private volatile boolean running = true;

  private LinkPump(String name, PolledLink link, int pollWaitMs) {
    this.link = link;
    this.pollWaitMs = pollWaitMs;
    this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
  }

  /**
   * Starts polling {@code link}, each poll waiting up to {@code pollWaitMs} for bytes (which also
   * bounds how late a retry or heartbeat can be).
   */
  public static LinkPump start(String threadName, PolledLink link, int pollWaitMs) {
    if (pollWaitMs < 1) {
      throw new IllegalArgumentException("pollWaitMs must be positive: " + pollWaitMs);
    }
    var pump = new LinkPump(threadName, link, pollWaitMs);
    pump.thread.start();
    return pump;
  }

  private void run() {
    while (running) {
      try {
        if (link.poll(pollWaitMs) < 0) {
          Thread.sleep(pollWaitMs);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // Fail safe: a broken consumer must not leave heartbeats going as if all were well. Once
        // they stop, the console's own watchdog closes its valves.
        running = false;
        log.error("{}: stopped polling, heartbeats stop: a report consumer failed", link, e);
      }
    }
  }

  /** The pump is polling: not closed and no consumer has failed. */
  public boolean isRunning() {
    return running && thread.isAlive();
  }

  /** Stops polling and waits for the thread to end. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
