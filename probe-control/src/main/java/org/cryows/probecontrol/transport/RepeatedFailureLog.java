package org.cryows.probecontrol.transport;

import org.slf4j.Logger;

/**
 * Logs the first failure of a run at WARN and only counts the repeats, then says once at INFO when
 * the run ends (OpenIGTLink's lesson: a reconnect loop that logs every attempt buries everything
 * else). Thread-safe.
 */
public final class RepeatedFailureLog {

  private final Logger log;
  private final String subject;
  private long totalFailures;
  private long failuresInRun;

  /**
   * @param subject what fails, as the start of a sentence: "serial port /dev/ttyUSB0"
   */
  public RepeatedFailureLog(Logger log, String subject) {
    this.log = log;
    this.subject = subject;
  }

  /** Records one failure; only the first of a run is logged. */
  public synchronized void failed(String detail) {
    totalFailures++;
    failuresInRun++;
    if (failuresInRun == 1) {
      log.warn("{} failed: {} (repeats are counted, not logged)", subject, detail);
    } else {
      log.debug("{} failed again ({} in this run): {}", subject, failuresInRun, detail);
    }
  }

  /** Ends the current run of failures, if any, with one INFO line. */
  public synchronized void recovered() {
    if (failuresInRun > 0) {
      log.info("{} recovered after {} failure(s)", subject, failuresInRun);
      failuresInRun = 0;
    }
  }

  /** A run of failures is going on. */
  public synchronized boolean failing() {
    return failuresInRun > 0;
  }

  public synchronized long failuresInRun() {
    return failuresInRun;
  }

  /** Every failure since this log was made, across runs. */
  public synchronized long totalFailures() {
    return totalFailures;
  }
}
