package org.cryows.probecontrol.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cryows.probecontrol.console.Fault;
import org.cryows.probecontrol.controller.OperatorAction;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioParserTest {

  /** The contract's example, verbatim. */
  static final String CONTRACT_EXAMPLE =
      """
      {"protocol": {"gas": "CO2", "setpointC": -70, "cycles": [{"freezeSec": 120, "thawSec": 60}]},
       "operator": [{"atSec": 0, "action": "connect"}, {"atSec": 1, "action": "selfTest"},
       {"atSec": 3.5, "action": "arm"}, {"atSec": 4, "action": "footSwitch", "pressed": true},
       {"atSec": 5, "action": "start"}], "faults": [{"atSec": 40.25, "fault": "TIP_SENSOR_OPEN"},
       {"atSec": 90, "fault": "COMM_LOSS", "durationSec": 3}], "durationSec": 200}
      """;

  @Test
  void parse_contractExample_readsEveryField() {
    Scenario s = ScenarioParser.parse(CONTRACT_EXAMPLE);
    assertEquals(Gas.CO2, s.protocol().gas());
    assertEquals(-70, s.protocol().setpointC());
    assertEquals(List.of(new FreezeCycle(120, 60)), s.protocol().cycles());
    assertEquals(200_000, s.durationMs());
    assertEquals(2, s.faults().faults().size());
    assertEquals(Fault.COMM_LOSS, s.faults().faults().get(1).fault());
    List<Long> times = s.steps().stream().map(ScenarioStep::atMs).toList();
    assertEquals(List.of(0L, 0L, 1000L, 3500L, 4000L, 5000L), times);
    assertEquals(new OperatorAction.Connect(), s.steps().get(0).action());
    assertEquals(OperatorAction.LoadProtocol.of(s.protocol()), s.steps().get(1).action());
    assertEquals(new OperatorAction.FootSwitch(true), s.steps().get(4).action());
  }

  @Test
  void parse_planHash_travelsWithEveryLoad() {
    String hash = "sha256:" + "0123456789abcdef".repeat(4);
    Scenario s =
        ScenarioParser.parse(
            "{\"protocol\": {\"gas\": \"CO2\", \"setpointC\": -70, \"cycles\": [{\"freezeSec\":"
                + " 120, \"thawSec\": 60}], \"planHash\": \""
                + hash
                + "\"}, \"operator\": [{\"atSec\": 0, \"action\": \"connect\"}], \"durationSec\": 5}");
    var load = (OperatorAction.LoadProtocol) s.steps().get(1).action();
    assertEquals(hash, load.planHash().orElseThrow().value());
    assertEquals(OperatorAction.LoadProtocol.of(s.protocol(), load.planHash()), load);
  }

  @Test
  void parse_gasLeftOut_isCo2() {
    Scenario s =
        ScenarioParser.parse(
            "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
                + " \"durationSec\": 5}");
    assertEquals(Gas.CO2, s.protocol().gas());
    assertEquals(List.of(), s.steps());
  }

  @Test
  void parse_explicitLoadProtocol_loadsOnlyThen() {
    Scenario s =
        ScenarioParser.parse(
            "{\"protocol\": {\"gas\": \"N2O\", \"setpointC\": -80, \"cycles\": [{\"freezeSec\": 1,"
                + " \"thawSec\": 0}]}, \"operator\": [{\"atSec\": 0, \"action\": \"connect\"},"
                + " {\"atSec\": 2, \"action\": \"loadProtocol\"}, {\"atSec\": 3, \"action\":"
                + " \"acknowledge\", \"alarm\": \"LINK_LOSS\"}, {\"atSec\": 4, \"action\": \"stop\"},"
                + " {\"atSec\": 4, \"action\": \"estop\"}, {\"atSec\": 1, \"action\": \"footSwitch\","
                + " \"pressed\": false}], \"durationSec\": 5}");
    assertEquals(
        List.of(
            new OperatorAction.Connect(),
            new OperatorAction.FootSwitch(false),
            OperatorAction.LoadProtocol.of(s.protocol()),
            new OperatorAction.Acknowledge("LINK_LOSS"),
            new OperatorAction.Stop(),
            new OperatorAction.EStop()),
        s.steps().stream().map(ScenarioStep::action).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]}}"
            + "| durationSec",
        "{\"durationSec\": 5} | protocol",
        "{\"protocol\": {\"gas\": \"He\", \"setpointC\": -60, \"cycles\": []}, \"durationSec\": 5}"
            + "| protocol.gas",
        "{\"protocol\": {\"gas\": \"ARGON\", \"setpointC\": -60, \"cycles\": []},"
            + " \"durationSec\": 5} | protocol.gas",
        "{\"protocol\": {\"setpointC\": -79, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"durationSec\": 5} | protocol.setpointC",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": []}, \"durationSec\": 5} | protocol.cycles",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 0, \"thawSec\": 0}]},"
            + " \"durationSec\": 5} | protocol.cycles[0].freezeSec",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1}]}, \"durationSec\": 5}"
            + "| protocol.cycles[0].thawSec",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"operator\": [{\"atSec\": 1, \"action\": \"dance\"}], \"durationSec\": 5}"
            + "| operator[0].action",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"operator\": [{\"atSec\": 1, \"action\": \"footSwitch\"}], \"durationSec\": 5}"
            + "| operator[0].pressed",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"operator\": [{\"atSec\": 1, \"action\": \"acknowledge\"}], \"durationSec\": 5}"
            + "| operator[0].alarm",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"operator\": [{\"atSec\": 9, \"action\": \"stop\"}], \"durationSec\": 5}"
            + "| operator[0].atSec",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"operator\": [{\"atSec\": 1, \"action\": \"stop\", \"x\": 1}], \"durationSec\": 5}"
            + "| operator[0].x",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"faults\": [{\"atSec\": 1, \"fault\": \"GREMLINS\"}], \"durationSec\": 5}"
            + "| faults[0].fault",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"faults\": [{\"atSec\": 6, \"fault\": \"LEAK\"}], \"durationSec\": 5}"
            + "| faults[0].atSec",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}],"
            + " \"planHash\": \"sha256:123\"}, \"durationSec\": 5} | protocol.planHash",
        "{\"protocol\": {\"setpointC\": -60, \"cycles\": [{\"freezeSec\": 1, \"thawSec\": 0}]},"
            + " \"durationSec\": 5, \"extra\": true} | extra",
        "[1, 2] | (file)",
        "{\"protocol\": | (file)"
      })
  void parse_badFile_namesTheField(String json, String field) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(json));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
  }

  @Test
  void parse_sampleScenarios_areValid() throws IOException {
    try (var files = Files.list(Path.of("scenarios"))) {
      List<Path> samples = files.filter(p -> p.toString().endsWith(".json")).toList();
      assertTrue(samples.size() >= 2, "samples " + samples);
      for (Path sample : samples) {
        ScenarioParser.parse(Files.readString(sample));
      }
    }
  }
}
