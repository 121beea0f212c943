package org.cryows.probecontrol.protocol;

import java.util.EnumMap;
import java.util.Map;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.PortException;
import org.cryows.probecontrol.transport.RepeatedFailureLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both ends of the link share: framing over a port, acked messages through a {@link
 * ReliableSender}, at-most-once receipt through a {@link DuplicateFilter}, periodic heartbeats and
 * counters. Each end plugs in its {@link Role}. Not thread-safe: the owner holds its lock around
 * every call except {@link #readPort}.
 */
final class LinkEndpoint implements FrameListener {

  /** What one end does with what arrives and with how its own acked messages ended. */
  interface Role extends ReliableSender.Outcomes {
    /** A new acked message (never a retry): act on it and say ack or nak. */
    WireMessage onAcked(WireMessage message);

    /** A periodic message (heartbeat, telemetry). */
    void onPeriodic(WireMessage message);
  }

  /** A run of decode errors is over after this long without one (for the log only). */
  static final long NOISE_QUIET_MS = 1000;

  /** A periodic sequence jump larger than this is a restarted peer, not lost frames. */
  private static final int MAX_PLAUSIBLE_GAP = 1000;

  private static final int WRITE_TIMEOUT_MS = 100;
  private static final Logger log = LoggerFactory.getLogger(LinkEndpoint.class);

  private final BytePort port;
  private final LinkTiming timing;
  private final MillisClock clock;
  private final MessageType.Sender self;
  private final WireMessage heartbeat;
  private final Role role;
  private final FrameEncoder encoder = new FrameEncoder();
  private final FrameDecoder decoder = new FrameDecoder(this);
  private final byte[] outBuffer = new byte[WireFormat.MAX_ENCODED_BYTES];
  private final ReliableSender sender;
  private final DuplicateFilter duplicates = new DuplicateFilter();
  private final RepeatedFailureLog noiseLog;
  private final RepeatedFailureLog portLog;
  private final Map<DecodeError.Kind, Long> decodeErrors = new EnumMap<>(DecodeError.Kind.class);

  private int nextPeriodicSeq;
  private int lastPeerPeriodicSeq = -1;
  private long lastHeartbeatSentMs;
  private boolean heartbeatSent;
  private long lastDecodeErrorMs;
  private long lastFrameReceivedMs;
  private boolean frameReceived;
  private boolean warnedUnexpected;

  private long framesSent;
  private long framesReceived;
  private long duplicatesSuppressed;
  private long undelivered;
  private long rejected;
  private long periodicFramesMissed;
  private long portFailures;
  private long unexpectedMessages;

  LinkEndpoint(
      BytePort port,
      LinkTiming timing,
      MillisClock clock,
      MessageType.Sender self,
      WireMessage heartbeat,
      Role role) {
    this.port = java.util.Objects.requireNonNull(port, "port");
    this.timing = java.util.Objects.requireNonNull(timing, "timing");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
    this.self = self;
    this.heartbeat = heartbeat;
    this.role = role;
    this.sender = new ReliableSender(timing, this::transmit, new CountingOutcomes(role));
    this.noiseLog = new RepeatedFailureLog(log, "frames from " + port.name());
    this.portLog = new RepeatedFailureLog(log, "link on " + port.name());
  }

  /**
   * Reads what has arrived, waiting up to {@code waitMs}. The only call made without the owner's
   * lock, so that a waiting read never holds up a command.
   */
  int readPort(byte[] buffer, int waitMs) throws PortException {
    return port.read(buffer, 0, buffer.length, waitMs);
  }

  /** Decodes received bytes, then resends, gives up and sends heartbeats as time requires. */
  void process(byte[] buffer, int length) {
    if (portLog.failing()) {
      portLog.recovered();
    }
    if (length > 0) {
      decoder.accept(buffer, 0, length);
    }
    tick();
  }

  /** The port refused a read; time still moves on. */
  void readFailed(PortException e) {
    portFailed(e);
    tick();
  }

  void tick() {
    long nowMs = clock.nowMs();
    sender.tick(nowMs);
    if (!heartbeatSent || nowMs - lastHeartbeatSentMs >= timing.heartbeatPeriodMs()) {
      sendPeriodic(heartbeat);
    }
    if (noiseLog.failing() && nowMs - lastDecodeErrorMs >= NOISE_QUIET_MS) {
      noiseLog.recovered();
    }
  }

  /**
   * Queues an acked message.
   *
   * @throws IllegalArgumentException when it cannot be encoded; checked before queueing, so a bad
   *     message never blocks the ones behind it
   */
  void sendAcked(WireMessage message) {
    encoder.encode(0, message, outBuffer);
    sender.submit(message, clock.nowMs());
  }

  /** Sends a periodic message now; a heartbeat also restarts the heartbeat period. */
  void sendPeriodic(WireMessage message) {
    if (message.equals(heartbeat)) {
      lastHeartbeatSentMs = clock.nowMs();
      heartbeatSent = true;
    }
    transmit(nextPeriodicSeq, message);
    nextPeriodicSeq = (nextPeriodicSeq + 1) % WireFormat.SEQ_MODULUS;
  }

  @Override
  public void onFrame(Frame frame) {
    framesReceived++;
    frameReceived = true;
    lastFrameReceivedMs = clock.nowMs();
    WireMessage message = frame.message();
    MessageType type = MessageType.of(message);
    if (type.sender() == self) {
      unexpected(type);
      return;
    }
    switch (type.delivery()) {
      case REPLY -> {
        if (message instanceof WireMessage.Nak nak) {
          sender.onNak(frame.seq(), nak.reason(), clock.nowMs());
        } else {
          sender.onAck(frame.seq(), clock.nowMs());
        }
      }
      case PERIODIC -> {
        countPeriodicGap(frame.seq());
        role.onPeriodic(message);
      }
      case ACKED -> receiveAcked(frame.seq(), message);
    }
  }

  @Override
  public void onError(DecodeError error) {
    decodeErrors.merge(error.kind(), 1L, Long::sum);
    lastDecodeErrorMs = clock.nowMs();
    noiseLog.failed(error.toString());
  }

  LinkStatistics statistics() {
    return new LinkStatistics(
        framesSent,
        framesReceived,
        decodeErrors,
        sender.retransmissions(),
        duplicatesSuppressed,
        undelivered,
        rejected,
        periodicFramesMissed,
        portFailures,
        unexpectedMessages,
        sender.pending(),
        frameReceived ? clock.nowMs() - lastFrameReceivedMs : -1);
  }

  String portName() {
    return port.name();
  }

  private void receiveAcked(int seq, WireMessage message) {
    WireMessage earlier = duplicates.earlierReply(seq);
    if (earlier != null) {
      duplicatesSuppressed++;
      transmit(seq, earlier);
      return;
    }
    WireMessage reply;
    if (message instanceof WireMessage.LinkSync) {
      duplicates.reset();
      reply = new WireMessage.Ack();
    } else {
      reply = role.onAcked(message);
    }
    duplicates.remember(seq, reply);
    transmit(seq, reply);
  }

  private void countPeriodicGap(int seq) {
    if (lastPeerPeriodicSeq >= 0) {
      int gap = (seq - lastPeerPeriodicSeq - 1 + WireFormat.SEQ_MODULUS) % WireFormat.SEQ_MODULUS;
      if (gap <= MAX_PLAUSIBLE_GAP) {
        periodicFramesMissed += gap;
      }
    }
    lastPeerPeriodicSeq = seq;
  }

  private boolean transmit(int seq, WireMessage message) {
    int length = encoder.encode(seq, message, outBuffer);
    try {
      port.write(outBuffer, 0, length, WRITE_TIMEOUT_MS);
      framesSent++;
      if (portLog.failing()) {
        portLog.recovered();
      }
      return true;
    } catch (PortException e) {
      portFailed(e);
      return false;
    }
  }

  private void portFailed(PortException e) {
    portFailures++;
    portLog.failed(e.getMessage());
  }

  private void unexpected(MessageType type) {
    unexpectedMessages++;
    if (!warnedUnexpected) {
      warnedUnexpected = true;
      log.warn(
          "{}: received {}, which only this end sends: is the peer the right device? (further"
              + " ones counted, not logged)",
          port.name(),
          type);
    }
  }

  /** Counts outcomes on their way to the role. */
  private final class CountingOutcomes implements ReliableSender.Outcomes {
    private final ReliableSender.Outcomes role;

    CountingOutcomes(ReliableSender.Outcomes role) {
      this.role = role;
    }

    @Override
    public void acked(WireMessage message) {
      role.acked(message);
    }

    @Override
    public void rejected(WireMessage message, String reason) {
      rejected++;
      role.rejected(message, reason);
    }

    @Override
    public void undelivered(WireMessage message, String reason) {
      undelivered++;
      role.undelivered(message, reason);
    }
  }
}
