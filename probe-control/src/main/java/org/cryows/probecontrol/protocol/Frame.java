package org.cryows.probecontrol.protocol;

/**
 * A decoded frame. For an ack or nak, {@code seq} is the sequence number of the frame it answers.
 *
 * @param seq sequence number, 0 to 65535
 */
public record Frame(int seq, WireMessage message) {
  public Frame {
    if (seq < 0 || seq >= WireFormat.SEQ_MODULUS) {
      throw new IllegalArgumentException("seq must be in [0, 65535], was " + seq);
    }
    if (message == null) {
      throw new IllegalArgumentException("message is required");
    }
  }
}
