package org.cryows.probecontrol.protocol;

import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.PortException;
import org.cryows.probecontrol.transport.RepeatedFailureLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's end of the wire protocol, as the simulator (or firmware written against this
 * document) runs it. Each command reaches the {@link CommandHandler} once, even when the
 * workstation retried it, and is answered with an ack or a nak. Identity, self-test and alarm
 * reports are acked by the workstation and retried like commands; telemetry and heartbeats are
 * periodic and never acked. The console heartbeat goes out every {@link
 * LinkTiming#heartbeatPeriodMs()} from {@link #poll}, so it stops when the console's loop stops (a
 * firmware hang).
 *
 * <p>Threading: {@link #send} may be called from any thread; {@link #poll} from one, on which the
 * handler runs.
 */
public final class ConsoleEndpoint implements PolledLink {

  private static final Logger log = LoggerFactory.getLogger(ConsoleEndpoint.class);
  private static final int READ_CHUNK_BYTES = 1024;
  private static final int MAX_READS_PER_POLL = 16;
  private static final WireMessage HEARTBEAT =
      new WireMessage.ReportMessage(new ConsoleReport.ConsoleHeartbeat());

  private final Object lock = new Object();
  private final LinkEndpoint endpoint;
  private final CommandHandler handler;
  private final Consumer<ConsoleReport> givenUp;
  private final RepeatedFailureLog reportLog;
  private final byte[] readBuffer = new byte[READ_CHUNK_BYTES];

  public ConsoleEndpoint(
      BytePort port, LinkTiming timing, MillisClock clock, CommandHandler handler) {
    this(port, timing, clock, handler, report -> {});
  }

  /**
   * @param givenUp hears each acked report the workstation never acknowledged within the bounded
   *     retries, on the polling thread (the firmware sends an event's state again)
   */
  public ConsoleEndpoint(
      BytePort port,
      LinkTiming timing,
      MillisClock clock,
      CommandHandler handler,
      Consumer<ConsoleReport> givenUp) {
    this.handler = java.util.Objects.requireNonNull(handler, "handler");
    this.givenUp = java.util.Objects.requireNonNull(givenUp, "givenUp");
    this.endpoint =
        new LinkEndpoint(
            port, timing, clock, MessageType.Sender.CONSOLE, HEARTBEAT, new ConsoleRole());
    this.reportLog = new RepeatedFailureLog(log, "reports to the workstation on " + port.name());
  }

  /**
   * Sends a report: telemetry and heartbeats at once and unacked; identity, self-test, alarm and
   * event reports acked and retried, in order.
   *
   * @throws IllegalArgumentException for the reports only the workstation's link makes, or a text
   *     too long for a frame
   */
  public void send(ConsoleReport report) {
    var message = new WireMessage.ReportMessage(report);
    synchronized (lock) {
      if (MessageType.of(message).delivery() == MessageType.Delivery.PERIODIC) {
        endpoint.sendPeriodic(message);
      } else {
        endpoint.sendAcked(message);
      }
    }
  }

  @Override
  public int poll(int waitMs) {
    int total = 0;
    for (int reads = 0; reads < MAX_READS_PER_POLL; reads++) {
      int count;
      try {
        count = endpoint.readPort(readBuffer, reads == 0 ? waitMs : 0);
      } catch (PortException e) {
        synchronized (lock) {
          endpoint.readFailed(e);
        }
        return -1;
      }
      synchronized (lock) {
        endpoint.process(readBuffer, count);
      }
      total += count;
      if (count < readBuffer.length) {
        break;
      }
    }
    return total;
  }

  public LinkStatistics statistics() {
    synchronized (lock) {
      return endpoint.statistics();
    }
  }

  @Override
  public String toString() {
    return "ConsoleEndpoint[" + endpoint.portName() + "]";
  }

  private final class ConsoleRole implements LinkEndpoint.Role {
    @Override
    public WireMessage onAcked(WireMessage message) {
      ConsoleCommand command = ((WireMessage.CommandMessage) message).command();
      return switch (handler.onCommand(command)) {
        case CommandVerdict.Accepted a -> new WireMessage.Ack();
        case CommandVerdict.Refused r -> new WireMessage.Nak(r.reason());
        case null ->
            throw new IllegalStateException(
                "the command handler returned no verdict for " + command);
      };
    }

    @Override
    public void onPeriodic(WireMessage message) {
      if (message instanceof WireMessage.CommandMessage(ConsoleCommand command)) {
        handler.onCommand(command);
      }
    }

    @Override
    public void acked(WireMessage message) {
      reportLog.recovered();
    }

    @Override
    public void rejected(WireMessage message, String reason) {
      reportLog.failed("the workstation refused " + message + ": " + reason);
    }

    @Override
    public void undelivered(WireMessage message, String reason) {
      reportLog.failed(message + " undelivered: " + reason);
      if (message instanceof WireMessage.ReportMessage(ConsoleReport report)) {
        givenUp.accept(report);
      }
    }
  }
}
