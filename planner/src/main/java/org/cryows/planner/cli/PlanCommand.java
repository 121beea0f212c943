package org.cryows.planner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan}: the planning commands, one subcommand each. */
@Command(
    name = "plan",
    description = {
      "Planning: the nerve and probe catalogs.",
      "Usage: ./cryo plan SUBCOMMAND [OPTIONS]; ./cryo plan SUBCOMMAND --help for its options."
    },
    subcommands = {PlanCatalogCommand.class})
public final class PlanCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
