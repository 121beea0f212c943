package org.cryows.probecontrol.cli;

import picocli.CommandLine;

/** Runs {@code console-sim} as its own process, as the launcher would, for the SIGTERM test. */
public final class ConsoleSimProcess {
  private ConsoleSimProcess() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ConsoleSimCommand()).execute(args));
  }
}
