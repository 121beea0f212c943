package org.cryows.planner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan}: the planning commands, one subcommand each. */
@Command(
    name = "plan",
    description = {
      "Planning: the nerve and probe catalogs, the plan's checks.",
      "Usage: ./cryo plan SUBCOMMAND [OPTIONS]; ./cryo plan SUBCOMMAND --help for its options.",
      "./cryo plan catalog --nerves|--probes: one JSON object per line on stdout. Nerves: id,"
          + " name, region, sensory, protocol {gas, setpointC, cycles [{freezeSec, thawSec}],"
          + " basis}, keepClear [{structure, minDistanceMm, basis}], landmarks,"
          + " ultrasoundAppearance, companionVessel, fibres, sources. Probes: id, gauge,"
          + " diameterMm, activeLengthMm, activeSegmentFromTipMm [start, end], gases [its one"
          + " gas], provenance {kind, ...}, description, cooling {law, ...}. Exit 0, or 2 unless"
          + " exactly one catalog is asked for.",
      "./cryo plan check PLAN.json: one JSON line per check {check, target, status, value, unit,"
          + " limit, message}, then {summary, planHash, model, validity, wallMs}; exit 0, or 2"
          + " for invalid input (the field named). PLAN.json: planner/docs/plan.md."
    },
    subcommands = {PlanCatalogCommand.class, PlanCheckCommand.class})
public final class PlanCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
