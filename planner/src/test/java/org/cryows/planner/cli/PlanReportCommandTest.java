package org.cryows.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.ExamplePlans;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanJson;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Side;
import org.cryows.planner.plan.Target;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF report read back with poppler's {@code pdftotext}: each target's nerve id and its dose as
 * {@code plan check} prints it, the signature or DRAFT. Each report is kept under target/reports
 * with a PNG of every page (pdftoppm), to look at.
 */
class PlanReportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path KEPT = Path.of("target", "reports");

  @TempDir Path folder;

  private static void requirePoppler() {
    for (String tool : List.of("pdftotext", "pdftoppm")) {
      boolean found =
          List.of(System.getenv("PATH").split(":")).stream()
              .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
      if (!found) {
        if (SharedTestData.isCi()) {
          throw new AssertionError(tool + " (poppler-utils) is required under CI");
        }
        Assumptions.abort(tool + " is not installed (poppler-utils)");
      }
    }
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), command + ": " + output);
    return output;
  }

  /** The report as text, and a copy with its pages as PNG under target/reports. */
  private static String reportText(Path pdf, String keepAs) throws Exception {
    Files.createDirectories(KEPT);
    Files.copy(pdf, KEPT.resolve(keepAs + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
    run(List.of("pdftoppm", "-r", "80", "-png", pdf.toString(), KEPT.resolve(keepAs).toString()));
    return run(List.of("pdftotext", "-layout", pdf.toString(), "-"));
  }

  private Path write(String name, Plan plan) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, PlanJson.write(plan));
    return file;
  }

  /** Each target's nerveDose value as plan check prints it. */
  private static List<String[]> doses(Path plan) throws Exception {
    var check = PlanCommandRun.of("check", plan.toString());
    assertEquals(0, check.exitCode(), check.err());
    List<String[]> doses = new ArrayList<>();
    for (String line : check.lines()) {
      JsonNode node = JSON.readTree(line);
      if ("nerveDose".equals(node.path("check").asText())) {
        doses.add(
            new String[] {
              node.get("target").asText(),
              String.format(Locale.ROOT, "%.1f", node.get("value").asDouble())
            });
      }
    }
    return doses;
  }

  private static JsonNode report(Path plan, Path pdf) throws Exception {
    var run = PlanCommandRun.of("report", plan.toString(), "--pdf", pdf.toString());
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  /** Two knee targets, each answered by the axisymmetric model. */
  private static Plan twoTargets() {
    Plan plan = CommandPlans.axisymmetricKnee();
    Vector3 tip = new Vector3(20, 10, -470);
    Target slgn =
        new Target(
            "SLGN",
            Side.L,
            List.of(new Vector3(6, 12.5, -465), new Vector3(34, 12.5, -465)),
            List.of(new PlannedProbe("console-14g-co2", tip, new Vector3(20, 9, -430))),
            plan.targets().getFirst().protocol());
    return plan.addTarget(slgn);
  }

  @Test
  void report_holdsEveryTargetsNerveAndDoseAsCheckPrintsThem_andSaysDraft() throws Exception {
    requirePoppler();
    Path plan = write("PLAN.json", twoTargets());
    Path pdf = folder.resolve("report.pdf");
    JsonNode line = report(plan, pdf);
    assertTrue(line.get("draft").asBoolean());
    String text = reportText(pdf, "two-targets-draft");
    List<String[]> doses = doses(plan);
    assertEquals(2, doses.size());
    for (String[] dose : doses) {
      assertTrue(text.contains(dose[0]), dose[0] + " missing");
      assertTrue(
          text.contains("Nerve dose: " + dose[1] + " mm"),
          dose[0] + " dose " + dose[1] + " missing");
    }
    assertTrue(text.contains("DRAFT"));
    assertTrue(text.contains("Schematic section through probe 0's axis"), text);
    assertEquals(line.get("pages").asInt(), text.split("\f").length - 1 + 1, "pages");
  }

  @Test
  void signedReport_showsTheSignature_notDraft() throws Exception {
    requirePoppler();
    Path plan = write("PLAN.json", CommandPlans.axisymmetricKnee());
    assertEquals(
        0,
        PlanCommandRun.of("sign", plan.toString(), "--user", "Dr Ada Lane", "--role", "radiologist")
            .exitCode());
    Path pdf = folder.resolve("report.pdf");
    JsonNode line = report(plan, pdf);
    assertFalse(line.get("draft").asBoolean());
    String text = reportText(pdf, "knee-signed");
    assertTrue(text.contains("Signed by Dr Ada Lane (radiologist"), text);
    assertFalse(text.contains("DRAFT"), text);
    String dose = doses(plan).getFirst()[1];
    assertTrue(text.contains("Nerve dose: " + dose + " mm"), dose);
  }

  @Test
  void ultrasoundPlan_drawsOnItsImage() throws Exception {
    requirePoppler();
    String image = "gdcm-US-ALOKA-16_palette16_implicitLE.dcm";
    Files.copy(SharedTestData.dicom("us/" + image), folder.resolve(image));
    Path plan = folder.resolve("US.json");
    Files.writeString(plan, ExamplePlans.text(ExamplePlans.ULTRASOUND));
    Path pdf = folder.resolve("us.pdf");
    JsonNode line = report(plan, pdf);
    assertTrue(
        line.get("sections").get(0).asText().startsWith("Ultrasound image " + image),
        line.toString());
    String text = reportText(pdf, "ultrasound-draft");
    assertTrue(text.contains("ICN-T7-R"));
    assertTrue(text.contains("Ultrasound image " + image), text);
  }

  @Test
  void kneeExample_reportsTheThreeDimensionalFigures() throws Exception {
    requirePoppler();
    Path plan = folder.resolve("KNEE.json");
    Files.writeString(plan, ExamplePlans.text(ExamplePlans.KNEE));
    Path pdf = folder.resolve("knee.pdf");
    report(plan, pdf);
    String text = reportText(pdf, "knee-example-draft");
    assertTrue(text.contains("three-d model"), text);
  }

  @Test
  void invalidPlan_exit2_andNoReport() throws Exception {
    Path plan = folder.resolve("PLAN.json");
    Files.writeString(plan, "{\"schema\": \"cryo-plan/9\"}");
    Path pdf = folder.resolve("report.pdf");
    var run = PlanCommandRun.of("report", plan.toString(), "--pdf", pdf.toString());
    assertEquals(2, run.exitCode());
    assertFalse(Files.exists(pdf));
  }
}
