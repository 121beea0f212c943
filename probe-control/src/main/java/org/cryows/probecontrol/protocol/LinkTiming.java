package org.cryows.probecontrol.protocol;

/**
 * The link layer's timing and limits.
 *
 * @param ackTimeoutMs how long a sender waits for the ack or nak before sending again
 * @param maxAttempts transmissions of one message before it is given up (the first included)
 * @param heartbeatPeriodMs how often each end sends its heartbeat; the console stops the gas after
 *     500 ms without one, so this must be well under that
 * @param maxQueuedMessages acked messages that may wait behind the one in flight; more are refused
 *     at once as undelivered rather than sent late
 */
public record LinkTiming(
    int ackTimeoutMs, int maxAttempts, int heartbeatPeriodMs, int maxQueuedMessages) {

  /**
   * 40 ms per attempt, 4 attempts: a command is given up after 160 ms. At 115200 baud a command and
   * its ack take under 5 ms on the wire, so 40 ms leaves room for the console's loop and a USB
   * adapter's latency, and a single lost frame still costs less than the 100 ms fault deadline.
   */
  public static final LinkTiming DEFAULT = new LinkTiming(40, 4, 100, 32);

  public LinkTiming {
    if (ackTimeoutMs < 1) {
      throw new IllegalArgumentException("ackTimeoutMs must be positive: " + ackTimeoutMs);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (heartbeatPeriodMs < 1) {
      throw new IllegalArgumentException(
          "heartbeatPeriodMs must be positive: " + heartbeatPeriodMs);
    }
    if (maxQueuedMessages < 1) {
      throw new IllegalArgumentException(
          "maxQueuedMessages must be at least 1: " + maxQueuedMessages);
    }
  }

  /** The longest a message can be in flight before it is given up. */
  public long giveUpAfterMs() {
    return (long) ackTimeoutMs * maxAttempts;
  }
}
