package org.cryows.planner.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan}: the planning commands, one subcommand each. */
@Command(
    name = "plan",
    description = {
      "Planning: the nerve and probe catalogs; a plan's checks, sign-off, verification, console"
          + " protocol and report.",
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
          + " for invalid input (the field named). PLAN.json: planner/docs/plan.md.",
      "./cryo plan sign PLAN.json --user NAME --role radiologist [--accept-failed REASON]:"
          + " checks and signs in place, appends to audit.jsonl; {signed, planHash}; exit 1"
          + " refused (a failed check), 2 invalid input or a role other than radiologist.",
      "./cryo plan verify PLAN.json: exit 0 signed and intact, 1 unsigned or changed (each"
          + " change named).",
      "./cryo plan protocol PLAN.json: from a signed plan, one line per target {target,"
          + " protocol {gas, setpointC, cycles, planHash}, planHash}; the protocol object is a"
          + " scenario file's; exit 2 unsigned or changed.",
      "./cryo plan report PLAN.json --pdf OUT.pdf: the PDF report (DRAFT unless signed and"
          + " unchanged); {report, pages, draft, planHash, summary, sections}."
    },
    subcommands = {
      PlanCatalogCommand.class,
      PlanCheckCommand.class,
      PlanSignCommand.class,
      PlanVerifyCommand.class,
      PlanProtocolCommand.class,
      PlanReportCommand.class
    })
public final class PlanCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
