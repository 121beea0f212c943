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
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.check.CheckedPlan;
import org.cryows.planner.plan.AuditLog;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.plan.SignOff;
import org.cryows.planner.prediction.PredictionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan sign PLAN.json --user NAME --role radiologist [--accept-failed REASON]}. */
@Command(
    name = "sign",
    description = {
      "Check a plan and sign it in place: the signature (user, role, time, OS user, content hash,"
          + " the checks' summary, the reason for accepting a failed check) freezes this"
          + " revision; the plan is saved through a temporary file renamed over it, and the"
          + " signing is appended to audit.jsonl beside the plan. Prints {\"signed\": true,"
          + " \"planHash\", \"revision\", \"summary\"}.",
      "Exit 0 signed; 1 refused: a check fails and no --accept-failed was given, or the plan is"
          + " already signed and unchanged; 2 invalid input (the plan as for plan check, a role"
          + " other than radiologist, no user). Nothing is written unless it signs."
    })
public final class PlanSignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The plan to sign, in place.")
  Path file;

  @Option(names = "--user", required = true, paramLabel = "NAME", description = "Who signs.")
  String user;

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "The signer's role; only radiologist may sign.")
  String role;

  @Option(
      names = "--accept-failed",
      paramLabel = "REASON",
      description = "Sign although a check fails; the reason is recorded in the plan and the log.")
  String acceptFailed;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help.")
  boolean help;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var request = new SignOff.Request(user, role, Optional.ofNullable(acceptFailed));
    Optional<Plan> loaded = PlanFiles.load(file, "plan sign", err);
    if (loaded.isEmpty()) {
      return PlanFiles.EXIT_INVALID;
    }
    var early = SignOff.refusalBeforeChecks(loaded.get(), request);
    if (early.isPresent()) {
      return refused(early.get(), err);
    }
    Optional<Plan> plan = loaded.filter(p -> PlanFiles.checkable(p, file, "plan sign", err));
    if (plan.isEmpty()) {
      return PlanFiles.EXIT_INVALID;
    }
    CheckedPlan checked;
    try (var service = new PredictionService()) {
      checked = CheckedPlan.check(plan.get(), PlanFiles.folderOf(file), service, t -> List.of());
    }
    String summary = checked.report().summary().jsonName();
    var outcome =
        SignOff.sign(plan.get(), summary, request, Instant.now(), System.getProperty("user.name"));
    if (outcome instanceof SignOff.Refused refusal) {
      for (CheckResult result : checked.report().results()) {
        if (result.status() == CheckStatus.FAIL) {
          err.println(
              "plan sign: failed "
                  + result.check()
                  + result.target().map(t -> " (" + t + ")").orElse("")
                  + ": "
                  + result.message());
        }
      }
      return refused(refusal, err);
    }
    Plan signed = ((SignOff.Signed) outcome).plan();
    try {
      PlanFile.save(file, signed, () -> AuditLog.appendSigning(file, signed));
    } catch (IOException e) {
      err.println("plan sign: cannot save " + file + " (the plan is unchanged): " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_REFUSED;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("signed", true);
    line.put("planHash", signed.signature().orElseThrow().planHash().value());
    line.put("revision", signed.revision());
    line.put("summary", summary);
    out.println(new ObjectMapper().writeValueAsString(line));
    out.flush();
    return PlanFiles.EXIT_OK;
  }

  private int refused(SignOff.Refused refusal, PrintWriter err) {
    err.println("plan sign: " + file + ": " + refusal.field() + ": " + refusal.reason());
    err.flush();
    return refusal.invalidInput() ? PlanFiles.EXIT_INVALID : PlanFiles.EXIT_REFUSED;
  }
}
