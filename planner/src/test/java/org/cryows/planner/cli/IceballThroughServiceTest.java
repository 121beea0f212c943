package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.catalog.ProbeCatalog;
import org.cryows.planner.prediction.ModelOptions;
import org.cryows.planner.prediction.ModelPath;
import org.cryows.planner.prediction.Outputs;
import org.cryows.planner.prediction.PlacedProbe;
import org.cryows.planner.prediction.Prediction;
import org.cryows.planner.prediction.PredictionRequest;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.planner.prediction.TissueMap;
import org.cryows.treatment.FreezeCycle;
import org.cryows.treatment.FreezeProtocol;
import org.cryows.treatment.Gas;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code iceball} and the prediction service give the same answer to the same question. */
class IceballThroughServiceTest {

  private static JsonNode iceball(String... args) throws Exception {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = new CommandLine(new IceballCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    assertEquals(0, commandLine.execute(args), err.toString());
    return new ObjectMapper().readTree(out.toString());
  }

  private static Prediction service(
      String probeId, double setpointC, ModelPath path, double lastSec) {
    var probe = ProbeCatalog.byId(probeId);
    var request =
        new PredictionRequest(
            42,
            List.of(
                new PlacedProbe(
                    probe, new Vector3(0, 0, -probe.activeLengthMm() / 2), new Vector3(0, 0, 1))),
            new TissueMap.Homogeneous("generic"),
            List.of(),
            new FreezeProtocol(Gas.CO2, setpointC, List.of(new FreezeCycle(lastSec, 0))),
            Outputs.defaults().withTimes(List.of(lastSec / 2, lastSec)),
            ModelOptions.defaults().withPath(path));
    try (var service = new PredictionService()) {
      return service.predict(request);
    }
  }

  private static void assertSame(JsonNode json, Prediction prediction) {
    var iceBall = prediction.iceBalls().getFirst();
    List<Double> isotherms = prediction.isothermsC();
    for (int n = 0; n < isotherms.size(); n++) {
      String isotherm = List.of("0", "-20", "-40").get(n);
      for (int t = 0; t < prediction.timesSec().size(); t++) {
        OptionalDouble length = iceBall.lengthsMm().get(n).get(t);
        OptionalDouble diameter = iceBall.diametersMm().get(n).get(t);
        assertEquals(
            rounded(length),
            value(json.get("length_mm").get(isotherm).get(t)),
            isotherm + " length");
        assertEquals(
            rounded(diameter),
            value(json.get("diameter_mm").get(isotherm).get(t)),
            isotherm + " diameter");
      }
    }
    assertEquals(
        prediction.heldTipsC().getFirst().getAsDouble(), json.get("model").get("tip_c").asDouble());
  }

  private static Double rounded(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 1e4) / 1e4 : null;
  }

  private static Double value(JsonNode node) {
    return node.isNull() ? null : node.asDouble();
  }

  @Test
  void axisym_consoleProbeWithSetpoint_sameFiguresAsTheService() throws Exception {
    JsonNode json =
        iceball(
            "--geometry",
            "axisym",
            "--probe",
            "console-14g-co2",
            "--setpoint-c",
            "-70",
            "--times",
            "60,120",
            "--json");
    assertSame(json, service("console-14g-co2", -70, ModelPath.AXISYMMETRIC, 120));
    assertEquals(-70.0, json.get("model").get("tip_c").asDouble());
    assertTrue(json.get("model").get("version").asText().startsWith("axisym"));
  }

  @Test
  void threeD_consoleProbe_sameFiguresAsTheService() throws Exception {
    JsonNode json =
        iceball("--geometry", "3d", "--probe", "console-18g-co2", "--times", "15,30", "--json");
    assertSame(json, service("console-18g-co2", Gas.CO2.coldestTipC(), ModelPath.THREE_D, 30));
    assertEquals(50.0, json.get("model").get("cube_mm").asDouble());
  }
}
