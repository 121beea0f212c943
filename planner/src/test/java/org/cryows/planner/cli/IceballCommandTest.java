package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command-line contract of {@code ./cryo iceball}, run in-process. */
class IceballCommandTest {

  /** What one run printed and returned. */
  private record Run(int exitCode, String out, String err) {
    JsonNode json() throws Exception {
      return new ObjectMapper().readTree(out);
    }
  }

  private static Run run(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = new CommandLine(new IceballCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static void assertOneJsonLine(Run run) {
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.out().lines().count(), "exactly one line on stdout");
  }

  @Test
  void execute_planarSharpFront_reproducesTheNeumannFronts() throws Exception {
    Run run =
        run(
            "--geometry",
            "planar",
            "--wall-temp",
            "-88",
            "--initial",
            "37",
            "--tissue",
            "generic",
            "--sharp-front",
            "--times",
            "60,180",
            "--isotherms",
            "0,-20",
            "--json");
    assertOneJsonLine(run);
    JsonNode json = run.json();
    assertEquals(60.0, json.get("times_s").get(0).asDouble());
    assertEquals(180.0, json.get("times_s").get(1).asDouble());
    // DOMAIN.md, thermal model: the exact 0 C front is 6.723 mm at 60 s and 11.644 mm at 180 s.
    assertEquals(6.723, json.get("front_mm").get("0").get(0).asDouble(), 0.01 * 6.723);
    assertEquals(11.644, json.get("front_mm").get("0").get(1).asDouble(), 0.01 * 11.644);
    assertTrue(json.get("front_mm").get("-20").get(1).asDouble() < 11.644);
    assertTrue(json.get("wall_s").asDouble() > 0);
  }

  @Test
  void execute_cylinderLineSink_reproducesTheLineSinkFronts() throws Exception {
    Run run =
        run(
            "--geometry",
            "cylinder",
            "--line-sink",
            "80",
            "--sharp-front",
            "--times",
            "60,180",
            "--isotherms",
            "0",
            "--json");
    assertOneJsonLine(run);
    JsonNode fronts = run.json().get("front_mm").get("0");
    // DOMAIN.md: 0.863 mm at 60 s and 1.495 mm at 180 s.
    assertEquals(0.863, fronts.get(0).asDouble(), 0.02 * 0.863);
    assertEquals(1.495, fronts.get(1).asDouble(), 0.02 * 1.495);
  }

  @Test
  void execute_isothermNotReachedYet_printsNull() throws Exception {
    Run run =
        run(
            "--geometry",
            "sphere",
            "--wall-temp",
            "-30",
            "--radius-mm",
            "1",
            "--times",
            "0,30",
            "--isotherms",
            "0,-40",
            "--json");
    assertOneJsonLine(run);
    JsonNode fronts = run.json().get("front_mm");
    assertTrue(fronts.get("0").get(0).isNull(), "nothing frozen at t = 0");
    assertTrue(fronts.get("0").get(1).asDouble() > 1, "ice beyond the probe after 30 s");
    assertTrue(fronts.get("-40").get(1).isNull(), "a -30 C wall never makes -40 C tissue");
  }

  @Test
  void execute_axisymWithCatalogProbe_printsLengthAndDiameter() throws Exception {
    Run run =
        run(
            "--geometry",
            "axisym",
            "--probe",
            "console-14g-n2o",
            "--times",
            "10",
            "--isotherms",
            "0,-20",
            "--dx-mm",
            "0.4",
            "--json");
    assertOneJsonLine(run);
    JsonNode json = run.json();
    double length = json.get("length_mm").get("0").get(0).asDouble();
    double diameter = json.get("diameter_mm").get("0").get(0).asDouble();
    assertTrue(length > 10, "ice covers the 10 mm active segment: " + length);
    assertTrue(diameter > 2.1, "ice is wider than the 2.1 mm probe: " + diameter);
    assertTrue(json.get("front_mm") == null);
    assertEquals("outside", json.get("validity").get("status").asText());
    assertEquals("console-14g-n2o", json.get("model").get("probe").get("id").asText());
    assertTrue(json.get("model").get("version").asText().startsWith("axisym"));
  }

  @Test
  void execute_axisymFreezeThenThaws_printsOneValuePerTimeAndContours() throws Exception {
    Run run =
        run(
            "--geometry",
            "axisym",
            "--wall-temp",
            "-88",
            "--radius-mm",
            "1",
            "--active-length-mm",
            "6",
            "--freeze-s",
            "30",
            "--passive-thaw-s",
            "10",
            "--active-thaw-s",
            "10",
            "--thaw-heat",
            "50",
            "--skin-depth-mm",
            "15",
            "--skin-warmer",
            "40",
            "--times",
            "30,50",
            "--isotherms",
            "0",
            "--dx-mm",
            "0.25",
            "--contours",
            "--json");
    assertOneJsonLine(run);
    JsonNode json = run.json();
    assertEquals(2, json.get("diameter_mm").get("0").size());
    assertTrue(json.get("contours_mm").get("0").get(0).size() > 0, "a 0 C line at 30 s");
    assertEquals(10.0, json.get("model").get("passive_thaw_s").asDouble());
  }

  @Test
  void execute_activeThawWithoutHeatOrWall_exitsWith2() {
    Run run =
        run(
            "--geometry",
            "cylinder",
            "--wall-temp",
            "-88",
            "--radius-mm",
            "1",
            "--freeze-s",
            "30",
            "--active-thaw-s",
            "10",
            "--times",
            "40");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--thaw-heat"), run.err());
  }

  @Test
  void execute_negativeTime_exitsWith2AndSaysWhy() {
    Run run = run("--geometry", "planar", "--wall-temp", "-88", "--times", "-5,60", "--json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("zero or positive"), run.err());
    assertTrue(run.out().isEmpty());
  }

  @Test
  void execute_unknownTissue_exitsWith2AndNamesTheKnownOnes() {
    Run run =
        run("--geometry", "planar", "--wall-temp", "-88", "--tissue", "liver", "--times", "60");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown tissue 'liver'"), run.err());
    assertTrue(run.err().contains("muscle"), run.err());
  }

  @Test
  void execute_gridTooCoarse_exitsWith2() {
    Run run =
        run(
            "--geometry",
            "cylinder",
            "--wall-temp",
            "-88",
            "--radius-mm",
            "0.2",
            "--times",
            "60",
            "--dx-mm",
            "0.5");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("grid too coarse"), run.err());
  }

  @Test
  void execute_lineSinkOffTheAxis_exitsWith2() {
    Run run =
        run("--geometry", "cylinder", "--line-sink", "80", "--radius-mm", "1", "--times", "60");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("radius 0"), run.err());
  }

  @Test
  void execute_threeDimensionalLineSink_printsLengthAndDiameter() throws Exception {
    Run run =
        run(
            "--geometry",
            "3d",
            "--line-sink",
            "400",
            "--active-length-mm",
            "10",
            "--times",
            "10,20",
            "--isotherms",
            "0",
            "--json");
    assertOneJsonLine(run);
    JsonNode json = run.json();
    double length = json.get("length_mm").get("0").get(1).asDouble();
    double diameter = json.get("diameter_mm").get("0").get(1).asDouble();
    // An ice ball around a 10 mm segment, longer than wide, growing with time.
    assertTrue(length > 10 && length < 14, "length " + length);
    assertTrue(diameter > 2 && diameter < length, "diameter " + diameter);
    assertTrue(json.get("diameter_mm").get("0").get(0).asDouble() < diameter);
    assertTrue(json.get("model_version").asText().startsWith("cartesian-enthalpy"));
    // 3-D is not validated against measurements: the output must say so, with its reasons.
    assertEquals("outside", json.get("validity").get("status").asText());
    assertTrue(json.get("validity").get("reasons").toString().contains("geometry 3d"));
    assertTrue(json.has("model"), "the parameters needed to reproduce the prediction");
  }

  @Test
  void execute_threeDimensionalWallTemperature_freezesAroundTheWall() throws Exception {
    Run run =
        run(
            "--geometry",
            "3d",
            "--wall-temp",
            "-40",
            "--radius-mm",
            "0.6",
            "--active-length-mm",
            "10",
            "--times",
            "60",
            "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    double diameter = json.get("diameter_mm").get("0").get(0).asDouble();
    assertTrue(diameter > 1.2 && diameter < 10, "0 C diameter " + diameter);
    assertEquals(-40, json.get("model").get("wall_temp_c").asDouble());
  }

  @Test
  void execute_threeDimensionalWallTemperatureWithoutRadius_exitsWith2() {
    Run run =
        run(
            "--geometry",
            "3d",
            "--wall-temp",
            "-40",
            "--active-length-mm",
            "10",
            "--times",
            "60",
            "--json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--radius-mm"), run.err());
  }

  @Test
  void execute_noCooling_exitsWith2() {
    Run run = run("--geometry", "planar", "--times", "60");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("exactly one of --wall-temp"), run.err());
  }

  @Test
  void execute_unknownGeometry_exitsWith2() {
    Run run = run("--geometry", "torus", "--wall-temp", "-88", "--times", "60");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown geometry"), run.err());
  }

  @Test
  void execute_missingTimes_exitsWith2() {
    Run run = run("--geometry", "planar", "--wall-temp", "-88");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--times"), run.err());
  }

  @Test
  void execute_help_describesTheOutputAndEveryOption() {
    Run run = run("--help");
    assertEquals(0, run.exitCode());
    for (String word :
        new String[] {"--geometry", "--wall-temp", "--line-sink", "--sharp-front", "front_mm"}) {
      assertTrue(run.out().contains(word), word + " in " + run.out());
    }
  }

  @Test
  void execute_co2SetpointMinus60_smallerMinus20IceThanAtMinus75() throws Exception {
    String[] common = {
      "--geometry",
      "axisym",
      "--probe",
      "console-14g-co2",
      "--times",
      "120",
      "--isotherms",
      "-20",
      "--json"
    };
    Run warm = run(concat(common, "--setpoint-c", "-60"));
    Run cold = run(concat(common, "--setpoint-c", "-75"));
    assertOneJsonLine(warm);
    assertOneJsonLine(cold);
    double warmDiameter = warm.json().get("diameter_mm").get("-20").get(0).asDouble();
    double coldDiameter = cold.json().get("diameter_mm").get("-20").get(0).asDouble();
    assertTrue(
        warmDiameter < coldDiameter, warmDiameter + " mm at -60 C, " + coldDiameter + " at -75");
    assertEquals(-60.0, warm.json().get("model").get("tip_c").asDouble());
    assertEquals(-75.0, cold.json().get("model").get("tip_c").asDouble());
  }

  @Test
  void execute_co2SetpointMinus85_exitsWith2NamingTheSetpoint() {
    Run run =
        run(
            "--geometry",
            "axisym",
            "--probe",
            "console-14g-co2",
            "--setpoint-c",
            "-85",
            "--times",
            "60",
            "--json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("setpoint -85.0 C is colder than CO2"), run.err());
    assertTrue(run.out().isEmpty());
  }

  @Test
  void execute_setpointWithoutAConsoleProbe_exitsWith2() {
    Run noProbe =
        run("--geometry", "planar", "--wall-temp", "-88", "--setpoint-c", "-60", "--times", "60");
    assertEquals(2, noProbe.exitCode());
    assertTrue(noProbe.err().contains("--setpoint-c needs a console --probe"), noProbe.err());
    Run handheld =
        run(
            "--geometry",
            "axisym",
            "--probe",
            "handheld-27g-8.5",
            "--setpoint-c",
            "-60",
            "--times",
            "60");
    assertEquals(2, handheld.exitCode());
    assertTrue(handheld.err().contains("no console regulates its tip"), handheld.err());
  }

  @Test
  void execute_setpointMinus78WithCo2_tipHeldWhereTheGasGoes() throws Exception {
    Run run =
        run(
            "--geometry",
            "cylinder",
            "--probe",
            "console-14g-co2",
            "--setpoint-c",
            "-78",
            "--times",
            "60",
            "--json");
    assertOneJsonLine(run);
    // The simulated console's CO2 tip levels off at -75.7 C at its regulated 4480 kPa.
    assertEquals(-75.68, run.json().get("model").get("tip_c").asDouble(), 0.01);
    assertEquals(4480.0, run.json().get("model").get("supply_pressure_kpa").asDouble());
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
