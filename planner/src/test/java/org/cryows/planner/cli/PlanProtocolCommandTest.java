package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cryows.planner.plan.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanProtocolCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private Path plan() throws Exception {
    Path file = folder.resolve("PLAN.json");
    Files.writeString(file, PlanJson.write(CommandPlans.axisymmetricKnee()));
    return file;
  }

  @Test
  void signedPlan_givesEachTargetsProtocolWithTheHash() throws Exception {
    Path file = plan();
    var signed =
        PlanCommandRun.of(
            "sign", file.toString(), "--user", "Dr Ada Lane", "--role", "radiologist");
    assertEquals(0, signed.exitCode(), signed.err());
    String hash = JSON.readTree(signed.out()).get("planHash").asText();
    var run = PlanCommandRun.of("protocol", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.lines();
    assertEquals(1, lines.length);
    JsonNode line = JSON.readTree(lines[0]);
    assertEquals("SMGN", line.get("target").asText());
    assertEquals(hash, line.get("planHash").asText());
    JsonNode protocol = line.get("protocol");
    assertEquals("CO2", protocol.get("gas").asText());
    assertEquals(-70, protocol.get("setpointC").asDouble());
    assertEquals(2, protocol.get("cycles").size());
    assertEquals(150, protocol.get("cycles").get(0).get("freezeSec").asDouble());
    assertEquals(60, protocol.get("cycles").get(0).get("thawSec").asDouble());
    assertEquals(hash, protocol.get("planHash").asText());
  }

  @Test
  void unsignedOrChanged_exit2() throws Exception {
    Path file = plan();
    var unsigned = PlanCommandRun.of("protocol", file.toString());
    assertEquals(2, unsigned.exitCode());
    assertTrue(unsigned.err().contains("is not signed"), unsigned.err());
    assertEquals("", unsigned.out());
    PlanCommandRun.of("sign", file.toString(), "--user", "Dr Ada Lane", "--role", "radiologist");
    Files.writeString(
        file, Files.readString(file).replaceFirst("\"freezeSec\": 150", "\"freezeSec\": 180"));
    var changed = PlanCommandRun.of("protocol", file.toString());
    assertEquals(2, changed.exitCode());
    assertTrue(
        changed.err().contains("targets[0].protocol.cycles[0].freezeSec: 150 -> 180"),
        changed.err());
    assertEquals("", changed.out());
  }
}
