package org.cryows.planner.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanFormatException;
import org.cryows.planner.plan.PlanJson;
import org.cryows.planner.plan.SignedPlanFile;
import org.cryows.planner.plan.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./cryo plan protocol PLAN.json}: each target's console protocol, from a signed plan. */
@Command(
    name = "protocol",
    description = {
      "Each target's protocol for the console, from a signed and unchanged plan only: one JSON"
          + " line per target in order, {\"target\": \"SMGN\", \"protocol\": {\"gas\","
          + " \"setpointC\", \"cycles\": [{\"freezeSec\", \"thawSec\"}], \"planHash\"},"
          + " \"planHash\"}. The protocol object is a scenario file's protocol as it is; scenario"
          + " journals its planHash with the load.",
      "Exit 0; 2 for an unsigned plan, a plan changed after signing (each change named on"
          + " stderr) or a file that is not a plan."
    })
public final class PlanProtocolCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The signed plan.")
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
      err.println("plan protocol: " + file + ": " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_INVALID;
    } catch (IOException e) {
      err.println("plan protocol: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return PlanFiles.EXIT_INVALID;
    }
    if (!verified.intact()) {
      var verification = verified.verification();
      err.println(
          "plan protocol: "
              + file
              + (verification.changes().isEmpty()
                  ? " is not signed; only a signed plan gives a console protocol"
                  : " changed after signing; sign the new revision first"));
      verification.changes().forEach(change -> err.println("plan protocol: changed: " + change));
      err.flush();
      return PlanFiles.EXIT_INVALID;
    }
    Plan plan = verified.plan().orElseThrow();
    String hash = plan.signature().orElseThrow().planHash().value();
    var json = new ObjectMapper();
    for (Target target : plan.targets()) {
      ObjectNode line = json.createObjectNode();
      line.put("target", target.nerve());
      ObjectNode protocol = PlanJson.protocolTree(target.protocol());
      protocol.put("planHash", hash);
      line.set("protocol", protocol);
      line.put("planHash", hash);
      out.println(json.writeValueAsString(line));
    }
    verified.notes().forEach(note -> err.println("plan protocol: " + note));
    out.flush();
    err.flush();
    return PlanFiles.EXIT_OK;
  }
}
