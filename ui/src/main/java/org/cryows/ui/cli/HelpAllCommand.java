package org.cryows.ui.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the usage of every command, with its options and output format. */
@Command(name = "help-all", description = "Print every command with its options and output.")
final class HelpAllCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CommandLine root = spec.commandLine().getParent();
    out.println("Workstation commands (./cryo COMMAND --help shows one):");
    out.println();
    for (CommandLine command : root.getSubcommands().values()) {
      if (command.getCommandName().equals("help-all")) {
        continue;
      }
      printWithSubcommands(command, out);
    }
    out.flush();
    return 0;
  }

  /** A parent command's own text, then each subcommand's (plan catalog, bench thermal, ...). */
  private static void printWithSubcommands(CommandLine command, PrintWriter out) {
    out.print(command.getUsageMessage());
    out.println();
    for (CommandLine subcommand : command.getSubcommands().values()) {
      printWithSubcommands(subcommand, out);
    }
  }
}
