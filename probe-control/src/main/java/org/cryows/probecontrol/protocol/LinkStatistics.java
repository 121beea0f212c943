package org.cryows.probecontrol.protocol;

import java.util.Map;

/**
 * Counters of one end of the link since it was made: what the line did and what the protocol did
 * about it. A snapshot; take a new one to see later counts.
 *
 * @param framesSent frames written to the port, retransmissions included
 * @param framesReceived frames decoded intact
 * @param decodeErrors byte runs rejected by the decoder, by kind
 * @param retransmissions acked messages sent again after their ack timed out
 * @param duplicatesSuppressed retried messages answered again without acting on them twice
 * @param undelivered acked messages given up after their bounded retries (or refused when too many
 *     waited)
 * @param rejected acked messages the peer refused with a nak
 * @param periodicFramesMissed gaps in the peer's periodic sequence (telemetry, heartbeats lost)
 * @param portFailures reads and writes the port refused
 * @param unexpectedMessages intact frames of a type only this end sends (a misconnected peer)
 * @param pendingMessages acked messages waiting now, the one in flight included
 * @param msSinceLastFrame time since the last intact frame from the peer; -1 before the first
 */
public record LinkStatistics(
    long framesSent,
    long framesReceived,
    Map<DecodeError.Kind, Long> decodeErrors,
    long retransmissions,
    long duplicatesSuppressed,
    long undelivered,
    long rejected,
    long periodicFramesMissed,
    long portFailures,
    long unexpectedMessages,
    int pendingMessages,
    long msSinceLastFrame) {

  public LinkStatistics {
    decodeErrors = Map.copyOf(decodeErrors);
  }

  /** All decode errors, whatever their kind. */
  public long totalDecodeErrors() {
    return decodeErrors.values().stream().mapToLong(Long::longValue).sum();
  }
}
