package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.cryows.planner.plan.PlanHashes;
import org.cryows.planner.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private Path written(Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(CommandPlans.axisymmetricKneeText());
    change.accept(root);
    Path file = folder.resolve("PLAN.json");
    Files.writeString(file, JSON.writeValueAsString(root));
    return file;
  }

  private static ObjectNode target0(ObjectNode root) {
    return (ObjectNode) root.get("targets").get(0);
  }

  private static ObjectNode probe0(ObjectNode root) {
    return (ObjectNode) target0(root).get("probes").get(0);
  }

  @Test
  void check_printsOneLinePerCheck_thenTheSummary() throws Exception {
    Path file = written(root -> {});
    var run = PlanCommandRun.of("check", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.lines();
    List<String> checks = List.of();
    for (int i = 0; i < lines.length - 1; i++) {
      JsonNode line = JSON.readTree(lines[i]);
      for (String field :
          List.of("check", "target", "status", "value", "unit", "limit", "message")) {
        assertTrue(line.has(field), field + " missing: " + lines[i]);
      }
      assertTrue(List.of("pass", "warn", "fail").contains(line.get("status").asText()));
    }
    JsonNode dose = JSON.readTree(lines[0]);
    assertEquals("nerveDose", dose.get("check").asText());
    assertEquals("SMGN", dose.get("target").asText());
    assertEquals("mm", dose.get("unit").asText());
    for (String isotherm : List.of("0", "-20", "-40")) {
      assertTrue(dose.get("lengthAtOrBelowMm").has(isotherm), lines[0]);
    }
    assertEquals(dose.get("value").asDouble(), dose.get("lengthAtOrBelowMm").get("-20").asDouble());
    assertTrue(dose.get("message").asText().startsWith(dose.get("value").asText() + " mm"));
    JsonNode summary = JSON.readTree(lines[lines.length - 1]);
    assertEquals("warn", summary.get("summary").asText(), run.out());
    assertEquals(
        PlanHashes.of(PlanJson.read(Files.readString(file))).value(),
        summary.get("planHash").asText());
    assertTrue(summary.get("model").asText().startsWith("axisym"), summary.toString());
    assertTrue(summary.get("wallMs").asLong() > 0);
    assertFalse(checks.contains("x"));
  }

  private void refusedNaming(Path file, String field) {
    var run = PlanCommandRun.of("check", file.toString());
    assertEquals(2, run.exitCode(), run.out());
    assertTrue(run.err().contains(file + ": " + field + ":"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void malformedJson_exit2() throws Exception {
    Path file = folder.resolve("PLAN.json");
    Files.writeString(file, "{\"schema\": \"cryo-plan/1\",");
    refusedNaming(file, "(file)");
  }

  @Test
  void unknownNerveOrProbe_exit2_namingTheField() throws Exception {
    refusedNaming(written(root -> target0(root).put("nerve", "SXGN")), "targets[0].nerve");
    refusedNaming(
        written(root -> probe0(root).put("model", "probe-9")), "targets[0].probes[0].model");
  }

  @Test
  void tipOutsideTheBody_exit2() throws Exception {
    refusedNaming(
        written(root -> ((ArrayNode) probe0(root).get("tipMm")).set(2, -435)),
        "targets[0].probes[0].tipMm");
  }

  @Test
  void unknownFrame_exit2() throws Exception {
    refusedNaming(written(root -> root.put("frame", "scanner")), "frame");
  }

  @Test
  void setpointBeyondTheGas_exit2() throws Exception {
    refusedNaming(
        written(root -> ((ObjectNode) target0(root).get("protocol")).put("setpointC", -80)),
        "targets[0].protocol.setpointC");
  }

  @Test
  void missingFile_exit2() {
    var run = PlanCommandRun.of("check", folder.resolve("none.json").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("cannot read"), run.err());
  }
}
