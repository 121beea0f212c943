package org.cryows.probecontrol.protocol;

/**
 * The receiving side of at-most-once delivery. Senders keep one acked message in flight and resend
 * it with the same sequence number until answered, so a retry is always the last message seen: this
 * filter remembers that one and the reply it got, and answers a retry with the same reply instead
 * of acting twice.
 */
final class DuplicateFilter {
  private int lastSeq = -1;
  private WireMessage lastReply;

  /** The peer started a new series of sequence numbers (a {@link WireMessage.LinkSync}). */
  void reset() {
    lastSeq = -1;
    lastReply = null;
  }

  /** The reply already given to this sequence number, or null when the message is new. */
  WireMessage earlierReply(int seq) {
    return seq == lastSeq ? lastReply : null;
  }

  void remember(int seq, WireMessage reply) {
    lastSeq = seq;
    lastReply = reply;
  }
}
