package org.cryows.probecontrol.protocol;

import java.util.ArrayDeque;

/**
 * The sending side of at-most-once, in-order delivery: stop-and-wait with bounded retries. One
 * message is in flight at a time and the rest wait in order, so the receiver never sees an open
 * command overtake the close sent after it. The first message of a sender's life is preceded by a
 * {@link WireMessage.LinkSync}, so a peer that remembers an earlier session never mistakes a new
 * message for a retry. Not thread-safe: the owning endpoint serialises calls.
 */
final class ReliableSender {

  /** Puts one frame on the wire; false when the port refused the bytes (a retry will follow). */
  interface Wire {
    boolean transmit(int seq, WireMessage message);
  }

  /** How each submitted message ended: exactly one of these per message. */
  interface Outcomes {
    void acked(WireMessage message);

    void rejected(WireMessage message, String reason);

    void undelivered(WireMessage message, String reason);
  }

  private static final WireMessage SYNC = new WireMessage.LinkSync();

  private final LinkTiming timing;
  private final Wire wire;
  private final Outcomes outcomes;
  private final ArrayDeque<WireMessage> queue = new ArrayDeque<>();
  private boolean synced;
  private int nextSeq;
  private WireMessage inFlight;
  private int inFlightSeq;
  private int attempts;
  private long deadlineMs;
  private long retransmissions;

  ReliableSender(LinkTiming timing, Wire wire, Outcomes outcomes) {
    this.timing = timing;
    this.wire = wire;
    this.outcomes = outcomes;
  }

  /** Queues a message; it goes out at once when nothing is in flight. */
  void submit(WireMessage message, long nowMs) {
    int waiting = inFlight == null ? queue.size() : queue.size() - 1;
    if (waiting >= timing.maxQueuedMessages()) {
      outcomes.undelivered(
          message, "refused: " + waiting + " messages already wait for the one in flight");
      return;
    }
    queue.addLast(message);
    sendNextIfIdle(nowMs);
  }

  void onAck(int seq, long nowMs) {
    if (!answers(seq)) {
      return;
    }
    boolean wasSync = inFlight == SYNC;
    inFlight = null;
    if (wasSync) {
      synced = true;
    } else {
      outcomes.acked(queue.removeFirst());
    }
    sendNextIfIdle(nowMs);
  }

  void onNak(int seq, String reason, long nowMs) {
    if (!answers(seq)) {
      return;
    }
    boolean wasSync = inFlight == SYNC;
    inFlight = null;
    WireMessage message = queue.removeFirst();
    if (wasSync) {
      outcomes.undelivered(message, "the peer refused link synchronisation: " + reason);
    } else {
      outcomes.rejected(message, reason);
    }
    sendNextIfIdle(nowMs);
  }

  /** Resends or gives up the message in flight when its ack is overdue. */
  void tick(long nowMs) {
    if (inFlight == null || nowMs - deadlineMs < 0) {
      return;
    }
    if (attempts < timing.maxAttempts()) {
      attempts++;
      retransmissions++;
      deadlineMs = nowMs + timing.ackTimeoutMs();
      wire.transmit(inFlightSeq, inFlight);
      return;
    }
    String what = inFlight == SYNC ? "no answer to link synchronisation" : "no acknowledgement";
    inFlight = null;
    WireMessage message = queue.removeFirst();
    outcomes.undelivered(
        message,
        what
            + " after "
            + attempts
            + " attempt(s) "
            + timing.ackTimeoutMs()
            + " ms apart (seq "
            + inFlightSeq
            + ")");
    sendNextIfIdle(nowMs);
  }

  /** Messages submitted and not yet acked, rejected or given up, the one in flight included. */
  int pending() {
    return queue.size();
  }

  long retransmissions() {
    return retransmissions;
  }

  private boolean answers(int seq) {
    return inFlight != null && seq == inFlightSeq;
  }

  private void sendNextIfIdle(long nowMs) {
    if (inFlight != null || queue.isEmpty()) {
      return;
    }
    inFlight = synced ? queue.peekFirst() : SYNC;
    inFlightSeq = nextSeq;
    nextSeq = (nextSeq + 1) % WireFormat.SEQ_MODULUS;
    attempts = 1;
    deadlineMs = nowMs + timing.ackTimeoutMs();
    wire.transmit(inFlightSeq, inFlight);
  }
}
