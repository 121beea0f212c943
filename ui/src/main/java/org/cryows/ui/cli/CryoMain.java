package org.cryows.ui.cli;

import org.cryows.imaging.cli.InfoCommand;
import org.cryows.planner.cli.IceballCommand;
import org.cryows.planner.cli.PlanCommand;
import org.cryows.probecontrol.cli.ConsoleSimCommand;
import org.cryows.probecontrol.cli.JournalCommand;
import org.cryows.probecontrol.cli.ScenarioCommand;
import org.cryows.samples.cli.SamplesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The workstation's command line: {@code ./cryo COMMAND}. Each command prints JSON one object per
 * line on stdout and logs on stderr.
 */
@Command(
    name = "cryo",
    mixinStandardHelpOptions = true,
    versionProvider = ProductVersions.class,
    description = "The cryoneurolysis workstation.",
    subcommands = {
      DemoCommand.class,
      BenchCommand.class,
      InfoCommand.class,
      IceballCommand.class,
      PlanCommand.class,
      JournalCommand.class,
      ScenarioCommand.class,
      ConsoleSimCommand.class,
      SamplesCommand.class,
      HelpAllCommand.class
    })
public final class CryoMain implements Runnable {

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** The command tree, shared by the launcher and by {@code help-all}. */
  public static CommandLine commandLine() {
    return new CommandLine(new CryoMain());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
