package org.cryows.ui.plan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.cryows.imaging.adapter.DicomImages;
import org.cryows.imaging.ultrasound.UltrasoundRegions;
import org.cryows.planner.check.CheckResult;
import org.cryows.planner.plan.PlanFile;
import org.cryows.planner.prediction.PredictionService;
import org.cryows.samples.SampleLibrary;
import org.cryows.ui.cli.CryoMain;
import org.cryows.ui.model.Eventually;
import org.cryows.ui.model.MonotonicClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The knee sample's signed plan opened as the Plan workspace opens it: the checks its panel shows
 * are those {@code ./cryo plan check} prints for the same file, check by check, message by message.
 */
class SamplePlanCheckTest {

  @Test
  void thePanelsChecksAreThoseOfPlanCheck(@TempDir Path folder) throws Exception {
    Path sample = SampleLibrary.forTests().resolve("knee-smgn");
    for (String name : List.of("cine.dcm", "PLAN.json", "audit.jsonl")) {
      Files.copy(sample.resolve(name), folder.resolve(name));
    }
    Path cine = folder.resolve("cine.dcm");
    var header = DicomImages.read(cine).header();
    CaseImage image = CaseImage.of(cine, header, UltrasoundRegions.read(header)).orElseThrow();
    var io = Executors.newSingleThreadExecutor();
    try (var service = new PredictionService()) {
      var editor =
          new PlanEditor(
              new LivePrediction(service, ImagePlanes::around, MonotonicClock.system()),
              io,
              Clock.systemUTC(),
              "tester",
              new SignedProtocolSource());
      editor.openCase(image, 1);
      Eventually.await(
          "the sample plan's final checks",
          Duration.ofSeconds(180),
          () ->
              editor.settled()
                  && editor.snapshot().committed() != null
                  && editor.snapshot().live().finalFor(editor.snapshot().committed()));
      var shown = editor.snapshot();
      assertEquals(PlanFile.load(folder.resolve("PLAN.json")), shown.committed());
      assertTrue(shown.committed().isSigned(), "the sample plan is signed");
      assertEquals("Sample Radiologist", shown.committed().signature().get().user());

      StringWriter out = new StringWriter();
      CommandLine cli = CryoMain.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(new StringWriter()));
      assertEquals(0, cli.execute("plan", "check", folder.resolve("PLAN.json").toString()));
      List<JsonNode> lines = new ArrayList<>();
      for (String line : out.toString().strip().split("\n")) {
        lines.add(new ObjectMapper().readTree(line));
      }
      JsonNode summary = lines.removeLast();
      var report = shown.live().report().orElseThrow();
      assertEquals(summary.get("summary").asText(), report.summary().jsonName());
      assertTrue(!summary.get("summary").asText().equals("fail"), "the sample plan's checks pass");
      assertEquals(summary.get("planHash").asText(), report.planHash().value());
      assertEquals(lines.size(), report.results().size());
      for (int i = 0; i < lines.size(); i++) {
        CheckResult shownCheck = report.results().get(i);
        JsonNode printed = lines.get(i);
        assertEquals(printed.get("check").asText(), shownCheck.check());
        assertEquals(printed.get("status").asText(), shownCheck.status().jsonName());
        assertEquals(printed.get("message").asText(), shownCheck.message(), shownCheck.check());
      }
    } finally {
      io.shutdownNow();
    }
  }
}
