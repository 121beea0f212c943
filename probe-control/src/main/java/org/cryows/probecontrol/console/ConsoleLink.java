package org.cryows.probecontrol.console;

/**
 * The controller's way to the console: a wire link over a serial port, an in-memory pair, or a
 * direct call into the simulator in tests. Reports travel the other way through a {@code
 * Consumer<ConsoleReport>} given to the link.
 */
public interface ConsoleLink {
  /** Sends a command; delivery failures come back as {@link ConsoleReport.CommandUndelivered}. */
  void send(ConsoleCommand command);
}
