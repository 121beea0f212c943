package org.cryows.ui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cryows.probecontrol.session.SocatPtyPair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * From a signed plan to the console, through the workstation's commands: {@code plan sign}, {@code
 * plan protocol}, its protocol object put as it is into a scenario file, {@code scenario} over a
 * socat pty pair against the real console simulator to COMPLETE, and {@code journal dump} showing
 * the plan's hash on the protocol's load. A value changed in the signed file then fails {@code plan
 * verify} (exit 1) and {@code plan protocol} (exit 2).
 */
class PlanToConsoleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A knee plan the axisymmetric model answers: one SMGN probe 30 mm deep. */
  private static final String PLAN =
      """
      {"schema": "cryo-plan/1", "frame": "patient",
       "patient": {"id": "KNEE-DEMO-003", "name": "Example^Knee"},
       "targets": [{"nerve": "SMGN", "side": "L",
         "pathMm": [[46, 10, -465], [74, 10, -465]],
         "probes": [{"model": "console-14g-co2", "tipMm": [60, 10, -470], "entryMm": [60, 9, -430]}],
         "protocol": {"gas": "CO2", "setpointC": -70,
           "cycles": [{"freezeSec": 150, "thawSec": 60}, {"freezeSec": 150, "thawSec": 60}]}}],
       "structures": [{"kind": "skin", "pointMm": [60, 10, -440], "normal": [0, 0, 1]}],
       "tissue": "generic",
       "contraindications": {"localInfection": false, "coagulationDisorder": false,
         "coldDisease": false},
       "images": [], "revision": 1}
      """;

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run cryo(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    CommandLine cli = CryoMain.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void signedPlan_protocol_scenarioCompletes_withThePlanHashInTheJournal() throws Exception {
    if (!SocatPtyPair.socatAvailable()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("socat is required under CI");
      }
      Assumptions.abort("socat is not installed");
    }
    Path plan = Files.writeString(dir.resolve("PLAN.json"), PLAN);
    Run signed =
        cryo("plan", "sign", plan.toString(), "--user", "Dr Ada Lane", "--role", "radiologist");
    assertEquals(0, signed.exitCode(), signed.err());
    String hash = JSON.readTree(signed.out()).get("planHash").asText();
    assertEquals(0, cryo("plan", "verify", plan.toString()).exitCode());

    Run protocol = cryo("plan", "protocol", plan.toString());
    assertEquals(0, protocol.exitCode(), protocol.err());
    JsonNode line = JSON.readTree(protocol.out().strip());
    assertEquals("SMGN", line.get("target").asText());
    assertEquals(hash, line.get("planHash").asText());

    // The protocol object as it is, with the operator's steps of a clean procedure.
    double totalSec = 0;
    for (JsonNode cycle : line.get("protocol").get("cycles")) {
      totalSec += cycle.get("freezeSec").asDouble() + cycle.get("thawSec").asDouble();
    }
    ObjectNode scenario = JSON.createObjectNode();
    scenario.set("protocol", line.get("protocol"));
    var operator = scenario.putArray("operator");
    operator.addObject().put("atSec", 0).put("action", "connect");
    operator.addObject().put("atSec", 1).put("action", "selfTest");
    operator.addObject().put("atSec", 3.5).put("action", "arm");
    operator.addObject().put("atSec", 4).put("action", "footSwitch").put("pressed", true);
    operator.addObject().put("atSec", 5).put("action", "start");
    operator
        .addObject()
        .put("atSec", 5 + totalSec + 1)
        .put("action", "footSwitch")
        .put("pressed", false);
    scenario.putArray("faults");
    scenario.put("durationSec", 5 + totalSec + 5);
    Path scenarioFile = Files.writeString(dir.resolve("scenario.json"), scenario.toString());
    Path journal = dir.resolve("session.journal");
    Path key = dir.resolve("journal.key");
    Run ran =
        cryo(
            "scenario",
            scenarioFile.toString(),
            "--journal",
            journal.toString(),
            "--key",
            key.toString());
    assertEquals(0, ran.exitCode(), ran.err());
    JsonNode result = JSON.readTree(ran.out());
    assertEquals("COMPLETE", result.get("finalState").asText(), ran.out());

    Run dump = cryo("journal", "dump", "--key", key.toString(), journal.toString());
    assertEquals(0, dump.exitCode(), dump.err());
    List<JsonNode> loads = new ArrayList<>();
    for (String record : dump.out().strip().split("\n")) {
      JsonNode node = JSON.readTree(record);
      if ("operator".equals(node.get("kind").asText())
          && "loadProtocol".equals(node.get("action").asText())) {
        loads.add(node);
      }
    }
    assertEquals(1, loads.size(), "one protocol load after the one connect");
    assertEquals(hash, loads.getFirst().get("details").get("planHash").asText());
    assertEquals("-70.0", loads.getFirst().get("details").get("setpointC").asText());

    // Any value changed in the signed file: verify 1, protocol 2.
    Files.writeString(
        plan, Files.readString(plan).replaceFirst("\"thawSec\": 60", "\"thawSec\": 30"));
    Run verify = cryo("plan", "verify", plan.toString());
    assertEquals(1, verify.exitCode());
    assertTrue(
        verify.err().contains("targets[0].protocol.cycles[0].thawSec: 60 -> 30"), verify.err());
    assertEquals(2, cryo("plan", "protocol", plan.toString()).exitCode());
  }
}
