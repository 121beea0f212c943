package org.cryows.probecontrol.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.console.ConsoleLink;
import org.cryows.probecontrol.console.ConsoleReport;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.PortException;

/**
 * The workstation's end of the wire protocol: the {@link ConsoleLink} the controller sends commands
 * through, and the source of its {@link ConsoleReport}s.
 *
 * <p>Commands are acknowledged, retried up to {@link LinkTiming#maxAttempts()} times and carried
 * out by the console at most once, in the order sent. A nak comes back as {@link
 * ConsoleReport.CommandRejected}; a command given up as {@link ConsoleReport.CommandUndelivered}
 * (the console may still have carried it out if only its acks were lost, so the controller treats
 * an undelivered command as unknown, not as undone). {@link ConsoleCommand.Heartbeat} is sent at
 * once and never acked; the link also sends one every {@link LinkTiming#heartbeatPeriodMs()} from
 * {@link #poll}, so heartbeats stop when the loop that polls stops.
 *
 * <p>Threading: {@link #send} may be called from any thread. {@link #poll} is called by one thread
 * (a {@link LinkPump}, or a simulated-time loop); every report is delivered on that thread, in
 * order of arrival, never while a lock is held, so the consumer may call {@link #send}.
 */
public final class ProtocolLink implements ConsoleLink, PolledLink {

  private static final int READ_CHUNK_BYTES = 4096;
  private static final int MAX_READS_PER_POLL = 16;
  private static final WireMessage HEARTBEAT =
      new WireMessage.CommandMessage(new ConsoleCommand.Heartbeat());

  private final Object lock = new Object();
  private final LinkEndpoint endpoint;
  private final Consumer<ConsoleReport> reports;
  private final List<ConsoleReport> arrived = new ArrayList<>();
  private final List<ConsoleReport> delivering = new ArrayList<>();
  private final byte[] readBuffer = new byte[READ_CHUNK_BYTES];

  /**
   * @param port open, or opened before the first poll
   * @param clock monotonic milliseconds: the system clock, or simulated time in tests and scenarios
   * @param reports receives every report, on the polling thread
   */
  public ProtocolLink(
      BytePort port, LinkTiming timing, MillisClock clock, Consumer<ConsoleReport> reports) {
    this.reports = java.util.Objects.requireNonNull(reports, "reports");
    this.endpoint =
        new LinkEndpoint(
            port, timing, clock, MessageType.Sender.WORKSTATION, HEARTBEAT, new WorkstationRole());
  }

  @Override
  public void send(ConsoleCommand command) {
    if (command == null) {
      throw new IllegalArgumentException("command is required");
    }
    synchronized (lock) {
      if (command instanceof ConsoleCommand.Heartbeat) {
        endpoint.sendPeriodic(HEARTBEAT);
      } else {
        endpoint.sendAcked(new WireMessage.CommandMessage(command));
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
          takeArrived();
        }
        deliver();
        return -1;
      }
      synchronized (lock) {
        endpoint.process(readBuffer, count);
        takeArrived();
      }
      deliver();
      total += count;
      if (count < readBuffer.length) {
        break;
      }
    }
    return total;
  }

  /** Counters of this end, for the bench and diagnostics. */
  public LinkStatistics statistics() {
    synchronized (lock) {
      return endpoint.statistics();
    }
  }

  private void takeArrived() {
    delivering.addAll(arrived);
    arrived.clear();
  }

  /** Hands every report over even if the consumer throws on one; the first failure is rethrown. */
  private void deliver() {
    RuntimeException first = null;
    for (ConsoleReport report : delivering) {
      try {
        reports.accept(report);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    delivering.clear();
    if (first != null) {
      throw first;
    }
  }

  @Override
  public String toString() {
    return "ProtocolLink[" + endpoint.portName() + "]";
  }

  /** Runs under the lock: only collects reports for delivery after it is released. */
  private final class WorkstationRole implements LinkEndpoint.Role {
    @Override
    public WireMessage onAcked(WireMessage message) {
      if (message instanceof WireMessage.ReportMessage(ConsoleReport report)) {
        arrived.add(report);
      }
      return new WireMessage.Ack();
    }

    @Override
    public void onPeriodic(WireMessage message) {
      if (message instanceof WireMessage.ReportMessage(ConsoleReport report)) {
        arrived.add(report);
      }
    }

    @Override
    public void acked(WireMessage message) {}

    @Override
    public void rejected(WireMessage message, String reason) {
      arrived.add(new ConsoleReport.CommandRejected(commandOf(message), reason));
    }

    @Override
    public void undelivered(WireMessage message, String reason) {
      arrived.add(new ConsoleReport.CommandUndelivered(commandOf(message), reason));
    }

    private ConsoleCommand commandOf(WireMessage message) {
      return ((WireMessage.CommandMessage) message).command();
    }
  }
}
