package org.cryows.probecontrol.session;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.cryows.probecontrol.console.ConsoleCommand;
import org.cryows.probecontrol.protocol.CommandVerdict;
import org.cryows.probecontrol.protocol.ConsoleEndpoint;
import org.cryows.probecontrol.protocol.LinkStatistics;
import org.cryows.probecontrol.protocol.LinkTiming;
import org.cryows.probecontrol.simulator.CommandResult;
import org.cryows.probecontrol.simulator.ConsoleSimulator;
import org.cryows.probecontrol.simulator.LineNoise;
import org.cryows.probecontrol.simulator.SimulatorConfig;
import org.cryows.probecontrol.transport.BytePort;
import org.cryows.probecontrol.transport.MillisClock;
import org.cryows.probecontrol.transport.PortException;

/**
 * The console end of a session: the {@link ConsoleSimulator} behind a {@link ConsoleEndpoint} on a
 * byte port, with the simulator's link faults applied to the bytes ({@link LinkFaultPort}) and its
 * firmware hang applied to the loop: while hung the endpoint is not polled (no acks, no heartbeats)
 * and what arrives is lost, as in a console whose firmware stopped and later restarts.
 *
 * <p>Not thread-safe: one thread owns it, as it owns the simulator ({@link #advanceTo} and {@link
 * #service}); others reach the simulator through {@link RealtimeConsole#submit}.
 */
public final class SimulatedConsole {
  private final ConsoleSimulator simulator;
  private final ConsoleEndpoint endpoint;
  private final BytePort port;
  private final byte[] drain = new byte[1024];
  private Consumer<ConsoleCommand> commandObserver = command -> {};

  /**
   * @param port the console's end of the line, open
   * @param clock the console's clock, which the simulator follows ({@link #advanceTo})
   * @param noiseSeed seeds the line noise of the LINE_NOISE fault, so runs repeat
   */
  public SimulatedConsole(
      SimulatorConfig config, BytePort port, LinkTiming timing, MillisClock clock, long noiseSeed) {
    ConsoleEndpoint[] self = new ConsoleEndpoint[1];
    this.simulator = new ConsoleSimulator(config, report -> self[0].send(report));
    var random = new SplittableRandom(noiseSeed);
    this.port =
        new LinkFaultPort(
            port,
            simulator::linkDown,
            simulator::lineNoise,
            new LineNoise(random.split()),
            new LineNoise(random.split()));
    this.endpoint =
        new ConsoleEndpoint(
            this.port, timing, clock, this::onCommand, simulator::reportUndelivered);
    self[0] = endpoint;
  }

  /** The simulator, for faults, operator inputs and looks inside the box (owner's thread only). */
  public ConsoleSimulator simulator() {
    return simulator;
  }

  public LinkStatistics statistics() {
    return endpoint.statistics();
  }

  /** Lets the simulator's time catch up with {@code tMs}; it sends the reports that fall due. */
  public void advanceTo(long tMs) {
    long dtMs = tMs - simulator.nowMs();
    if (dtMs > 0) {
      simulator.advance(dtMs);
    }
  }

  /**
   * Runs the console's side of the link once: reads and answers commands, resends, sends its
   * heartbeat; while the firmware is hung, only lets what arrives fall on the floor.
   *
   * @param waitMs how long to wait for the first byte
   * @return bytes read from the line, or -1 when the port failed
   */
  public int service(int waitMs) {
    if (!simulator.firmwareHung()) {
      return endpoint.poll(waitMs);
    }
    try {
      int total = 0;
      int count;
      while ((count = port.read(drain, 0, drain.length, total == 0 ? waitMs : 0)) > 0) {
        total += count;
      }
      return total;
    } catch (PortException e) {
      return -1;
    }
  }

  /**
   * Hears every command that reaches the firmware, once each, before the firmware acts on it: what
   * the console actually received, for tests and measurements. Called on the owner's thread.
   */
  public void setCommandObserver(Consumer<ConsoleCommand> observer) {
    this.commandObserver = java.util.Objects.requireNonNull(observer, "observer");
  }

  private CommandVerdict onCommand(ConsoleCommand command) {
    commandObserver.accept(command);
    return switch (simulator.handle(command)) {
      case CommandResult.Accepted a -> CommandVerdict.accepted();
      case CommandResult.Rejected r -> CommandVerdict.refused(r.reason());
      case CommandResult.Unanswered u ->
          // service() never polls a hung firmware, so no command can reach it.
          throw new IllegalStateException("a command reached a hung firmware: " + command);
    };
  }
}
