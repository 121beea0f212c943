package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cryows.planner.catalog.NerveCatalog;
import org.cryows.planner.catalog.ProbeCatalog;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command-line contract of {@code ./cryo plan catalog}, run in-process. */
class PlanCatalogCommandTest {

  private record Run(int exitCode, String out, String err) {
    List<JsonNode> lines() throws Exception {
      var mapper = new ObjectMapper();
      var nodes = new java.util.ArrayList<JsonNode>();
      for (String line : out.lines().toList()) {
        nodes.add(mapper.readTree(line));
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = new CommandLine(new PlanCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void catalogNerves_oneObjectPerNerveWithTheContractFields() throws Exception {
    Run run = run("catalog", "--nerves");
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> nerves = run.lines();
    assertEquals(NerveCatalog.ids().size(), nerves.size());
    for (JsonNode nerve : nerves) {
      for (String field :
          new String[] {"id", "name", "region", "sensory", "protocol", "keepClear"}) {
        assertTrue(nerve.has(field), field + " in " + nerve);
      }
      assertTrue(nerve.get("protocol").get("cycles").get(0).has("freezeSec"), nerve.toString());
    }
    JsonNode smgn = nerves.getFirst();
    assertEquals("SMGN", smgn.get("id").asText());
    assertEquals("knee", smgn.get("region").asText());
    assertEquals("CO2", smgn.get("protocol").get("gas").asText());
    JsonNode t3 =
        nerves.stream().filter(n -> n.get("id").asText().equals("ICN-T3-R")).findFirst().get();
    assertEquals(false, t3.get("sensory").asBoolean());
    assertEquals(40.0, t3.get("keepClear").get(0).get("minDistanceMm").asDouble());
  }

  @Test
  void catalogProbes_oneObjectPerProbeWithItsOneGas() throws Exception {
    Run run = run("catalog", "--probes");
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> probes = run.lines();
    assertEquals(ProbeCatalog.ids().size(), probes.size());
    JsonNode co2 =
        probes.stream()
            .filter(p -> p.get("id").asText().equals("console-14g-co2"))
            .findFirst()
            .orElseThrow();
    assertEquals(14, co2.get("gauge").asInt());
    assertEquals(2.1, co2.get("diameterMm").asDouble());
    assertEquals(10.0, co2.get("activeLengthMm").asDouble());
    assertEquals(0.0, co2.get("activeSegmentFromTipMm").get(0).asDouble());
    assertEquals(10.0, co2.get("activeSegmentFromTipMm").get(1).asDouble());
    assertEquals(1, co2.get("gases").size());
    assertEquals("CO2", co2.get("gases").get(0).asText());
    assertEquals("estimated", co2.get("provenance").get("kind").asText());
  }

  @Test
  void catalog_neitherOrBothCatalogs_exitsWith2() {
    assertEquals(2, run("catalog").exitCode());
    Run both = run("catalog", "--nerves", "--probes");
    assertEquals(2, both.exitCode());
    assertTrue(both.err().contains("mutually exclusive"), both.err());
  }
}
