package org.cryows.probecontrol.protocol;

import org.cryows.probecontrol.console.ConsoleCommand;

/**
 * The console's firmware as the link sees it: acts on each command once and says whether it did.
 * Called on the console endpoint's polling thread; it may call {@link ConsoleEndpoint#send} (an
 * identity report after {@code Identify}, for example).
 */
@FunctionalInterface
public interface CommandHandler {
  /**
   * Acts on a command. A retried command is never passed twice. For a {@link
   * ConsoleCommand.Heartbeat} the verdict is ignored: heartbeats are not acknowledged.
   */
  CommandVerdict onCommand(ConsoleCommand command);
}
