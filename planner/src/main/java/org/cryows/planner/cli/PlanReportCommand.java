package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.report.PlanReport;
import org.cryows.planner.report.ReportSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan report PLAN.json --pdf OUT.pdf}: the plan's PDF report. */
@Command(
    name = "report",
    description = {
      "Write the plan's PDF report: case identity, sign-off (DRAFT on every page of an unsigned or"
          + " changed plan), the checks with their figures as plan check prints them, model and"
          + " validity; per target its nerve, protocol, probes, the ultrasound image of an image"
          + "-frame plan with the isotherms drawn on it (else a schematic section through the"
          + " probe's axis, to scale, saying which), charts of the nerve's coldest temperature and"
          + " of the ice ball's size over time.",
      "Prints {\"report\", \"pages\", \"draft\", \"planHash\", \"summary\", \"sections\"}. The"
          + " PDF is written to a temporary file and renamed over OUT. Exit 0; 2 for invalid input"
          + " (as plan check) or OUT that cannot be written."
    })
public final class PlanReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The plan.")
  Path file;

  @Option(names = "--pdf", required = true, paramLabel = "OUT.pdf", description = "The report.")
  Path pdf;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var plan = PlanFiles.loadCheckable(file, "plan report", err);
    if (plan.isEmpty()) {
      return PlanFiles.EXIT_INVALID;
    }
    Path folder = PlanFiles.folderOf(file);
    ReportSections sections = ReportSections.of(plan.get(), folder);
    CheckedPlan checked;
    try (var service = new PredictionService()) {
      checked =
          CheckedPlan.check(plan.get(), folder, service, t -> List.of(sections.of(t).plane()));
    }
    int pages;
    try {
      pages =
          PlanReport.writeFile(
              checked, sections, file.getFileName().toString(), Instant.now(), pdf);
    } catch (IOException e) {
      err.println("plan report: cannot write " + pdf + ": " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_INVALID;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("report", pdf.toAbsolutePath().toString());
    line.put("pages", pages);
    line.put("draft", PlanReport.isDraft(plan.get()));
    line.put("planHash", checked.report().planHash().value());
    line.put("summary", checked.report().summary().jsonName());
    line.put(
        "sections",
        plan.get().targets().stream()
            .map(t -> sections.of(plan.get().targets().indexOf(t)).description())
            .toList());
    out.println(new ObjectMapper().writeValueAsString(line));
    out.flush();
    return PlanFiles.EXIT_OK;
  }
}
