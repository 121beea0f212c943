package org.cryows.ui.cli;

import org.cryows.imaging.bench.ImagingBenchCommand;
import org.cryows.planner.bench.PlanBenchCommand;
import org.cryows.planner.bench.ThermalBenchCommand;
import org.cryows.probecontrol.bench.ConsoleBench;
import org.cryows.ui.bench.UiBenchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Benchmarks, one subcommand per subsystem. Each prints its figures and their ratios to a baseline
 * measured in the same run; nothing here asserts a figure.
 */
@Command(
    name = "bench",
    description = {
      "Run a benchmark and print its figures (medians and ratios against a baseline run side by"
          + " side).",
      "Usage: ./cryo bench SUBSYSTEM [OPTIONS]; ./cryo bench SUBSYSTEM --help for its options."
    },
    subcommands = {
      ThermalBenchCommand.class,
      PlanBenchCommand.class,
      ConsoleBench.class,
      ImagingBenchCommand.class,
      UiBenchCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    CommandLine.usage(spec.commandLine(), System.out);
  }
}
