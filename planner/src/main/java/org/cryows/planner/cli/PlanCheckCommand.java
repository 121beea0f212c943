package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.prediction.PredictionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan check PLAN.json}: every check of the plan, one JSON line each. */
@Command(
    name = "check",
    description = {
      "Predict every target of a plan and check it; one JSON line per check on stdout:"
          + " {\"check\", \"target\" (the nerve id; null for the whole plan), \"status\""
          + " (pass|warn|fail), \"value\", \"unit\", \"limit\", \"message\"}, figures to one"
          + " decimal. Checks: nerveDose (mm of nerve at or below -20 C, pass from 4 mm; also"
          + " \"lengthAtOrBelowMm\": {\"0\", \"-20\", \"-40\"}, \"coldestC\","
          + " \"coldestPointSecAtOrBelow\": {\"-20\", \"-40\"}), skin (smallest distance from the"
          + " 0 C isotherm to the skin, mm: fail at 0 or below, warn under 5 mm), vessel (lowest"
          + " vessel wall temperature, warn inside -20 C), keepClear (per catalog structure, with"
          + " \"structure\"), path (probe through bone or a vessel), capabilities, motorBlock,"
          + " identity, contraindications.",
      "Last line: {\"summary\": \"pass|warn|fail\", \"planHash\", \"model\", \"validity\","
          + " \"wallMs\", \"predictions\": [{\"target\", \"path\", \"modelVersion\","
          + " \"validity\", ...}]}.",
      "Exit 0 whatever the checks say; 2 for invalid input (unreadable or malformed plan, a"
          + " newer schema, an unknown nerve, probe or frame, a setpoint beyond the gas, a tip"
          + " outside the body), the file and field named on stderr."
    })
public final class PlanCheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The plan (schema cryo-plan/1).")
  Path file;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var plan = PlanFiles.loadCheckable(file, "plan check", err);
    if (plan.isEmpty()) {
      return PlanFiles.EXIT_INVALID;
    }
    CheckedPlan checked;
    try (var service = new PredictionService()) {
      checked = CheckedPlan.check(plan.get(), PlanFiles.folderOf(file), service, t -> List.of());
    }
    var json = new ObjectMapper();
    for (CheckResult result : checked.report().results()) {
      out.println(json.writeValueAsString(CheckJson.of(result)));
    }
    out.println(json.writeValueAsString(CheckJson.summary(checked)));
    out.flush();
    return PlanFiles.EXIT_OK;
  }
}
