package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cryows.planner.plan.PlanFormatException;
import org.cryows.planner.plan.PlanVerification;
import org.cryows.planner.plan.Signature;
import org.cryows.planner.plan.SignedPlanFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan verify PLAN.json}: signed and unchanged since? */
@Command(
    name = "verify",
    description = {
      "Whether a plan is signed and unchanged since: its content against the content its"
          + " signature records, and the signature against audit.jsonl beside the plan when there"
          + " is one. Prints {\"verified\": true, \"planHash\", \"revision\", \"signedBy\","
          + " \"signedUtc\", ...} or {\"verified\": false, \"status\": \"unsigned\"|\"changed\","
          + " \"changes\": [\"targets[0].probes[0].tipMm[2]: -444.5 -> -444\", ...]}.",
      "Exit 0 signed and intact; 1 unsigned or changed after signing (each change named on"
          + " stderr); 2 a file that cannot be read as a plan."
    })
public final class PlanVerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The plan.")
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
    SignedPlanFile verified;
    try {
      verified = SignedPlanFile.verify(file);
    } catch (PlanFormatException e) {
      err.println("plan verify: " + file + ": " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_INVALID;
    } catch (IOException e) {
      err.println("plan verify: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_INVALID;
    }
    Map<String, Object> line = new LinkedHashMap<>();
    var json = new ObjectMapper();
    if (!verified.intact()) {
      PlanVerification verification = verified.verification();
      line.put("verified", false);
      line.put("status", verification.status().name().toLowerCase(java.util.Locale.ROOT));
      line.put("changes", verification.changes());
      if (verification.status() == PlanVerification.Status.UNSIGNED) {
        err.println("plan verify: " + file + " is not signed");
      }
      for (String change : verification.changes()) {
        err.println("plan verify: " + file + ": changed after signing: " + change);
      }
      out.println(json.writeValueAsString(line));
      out.flush();
      err.flush();
      return PlanFiles.EXIT_REFUSED;
    }
    var plan = verified.plan().orElseThrow();
    Signature signature = plan.signature().orElseThrow();
    line.put("verified", true);
    line.put("planHash", signature.planHash().value());
    line.put("revision", plan.revision());
    line.put("signedBy", signature.user());
    line.put("role", signature.role());
    line.put("signedUtc", signature.signedUtc().toString());
    line.put("checkSummary", signature.checkSummary());
    line.put("acceptedFailed", signature.acceptedFailed().orElse(null));
    line.put("auditLog", verified.notes().isEmpty() ? "matched" : "absent");
    verified.notes().forEach(note -> err.println("plan verify: " + note));
    out.println(json.writeValueAsString(line));
    out.flush();
    err.flush();
    return PlanFiles.EXIT_OK;
  }
}
