package org.cryows.probecontrol.console;

import org.cryows.treatment.FreezeProtocol;

/**
 * What the workstation asks of the console. Every command is acknowledged (ack or nak with a
 * reason); the console's own firmware may still refuse an unsafe one.
 */
public sealed interface ConsoleCommand {
  /** Asks for the console's {@link ConsoleIdentity}. */
  record Identify() implements ConsoleCommand {}

  /** Runs the console's self-test (at most 2 s); the result comes as a report. */
  record RunSelfTest() implements ConsoleCommand {}

  /** Loads the freeze protocol the next start will run. */
  record LoadProtocol(FreezeProtocol protocol) implements ConsoleCommand {
    public LoadProtocol {
      if (protocol == null) {
        throw new IllegalArgumentException("protocol is required");
      }
    }
  }

  /** Pressurises the supply line up to the closed probe valve. */
  record Arm() implements ConsoleCommand {}

  /** Begins the loaded protocol. */
  record Start() implements ConsoleCommand {}

  /** Ends the protocol: both valves closed. */
  record Stop() implements ConsoleCommand {}

  /** The safe state: both valves closed and the lines vented. */
  record Vent() implements ConsoleCommand {}

  /** Commands the probe valve (tip regulation). */
  record SetProbeValve(boolean open) implements ConsoleCommand {}

  /** Commands the supply shut-off valve. */
  record SetSupplyValve(boolean open) implements ConsoleCommand {}

  /** Tells the console the workstation is alive; the console stops the gas after 500 ms without. */
  record Heartbeat() implements ConsoleCommand {}
}
