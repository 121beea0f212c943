package org.cryows.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cryows.imaging.cli.InfoCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Every image file the generator writes is valid for the standard's validator (dciodvfy: no Error
 * line), decodes in dcmtk (every frame), and in the workstation's own {@code info}: the cines with
 * one calibrated region and a frame time, the CT folder as one series of 120 slices without
 * problems that makes a volume.
 */
class SampleFilesValidityTest {
  private static final Logger LOG = LoggerFactory.getLogger(SampleFilesValidityTest.class);
  private static Path folder;
  private static List<Path> dicomFiles;

  @BeforeAll
  static void generate() throws IOException {
    folder = GeneratedSamples.folder();
    try (Stream<Path> files = Files.walk(folder)) {
      dicomFiles = files.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
    }
    assertEquals(5 + 120, dicomFiles.size(), "five cines and 120 CT slices");
  }

  @Test
  void dciodvfy_reportsNoErrorForAnyFile() throws Exception {
    int warnings = 0;
    for (Path file : dicomFiles) {
      ExternalTool.Result result = ExternalTool.run("dciodvfy", file.toString());
      List<String> errors = result.output().lines().filter(l -> l.startsWith("Error")).toList();
      assertEquals(List.of(), errors, file + ":\n" + result.output());
      warnings += (int) result.output().lines().filter(l -> l.startsWith("Warning")).count();
    }
    LOG.info("dciodvfy: {} files, no Error line, {} Warning lines", dicomFiles.size(), warnings);
  }

  @Test
  void dcmtk_decodesEveryFrameOfEveryFile(@TempDir Path out) throws Exception {
    for (Path file : dicomFiles) {
      Path prefix = out.resolve(folder.relativize(file).toString().replace('/', '-'));
      ExternalTool.Result result =
          ExternalTool.run("dcmj2pnm", "--all-frames", file.toString(), prefix.toString());
      assertEquals(0, result.exitCode(), file + ": " + result.output());
    }
    try (Stream<Path> written = Files.list(out)) {
      // dcmj2pnm writes one image per frame: 5 cines of 50 frames, 120 slices.
      assertEquals(5 * 50 + 120, written.count(), "images written by dcmj2pnm");
    }
  }

  @Test
  void info_decodesEveryFileAndFindsOneCtSeriesWithAVolume() throws Exception {
    List<JsonNode> lines = info(folder);
    List<JsonNode> files = new ArrayList<>();
    List<JsonNode> series = new ArrayList<>();
    for (JsonNode line : lines) {
      if (line.has("series")) {
        series.add(line);
      } else if (line.get("path").asText().endsWith(".dcm")) {
        files.add(line);
      }
    }
    assertEquals(dicomFiles.size(), files.size(), "one line per DICOM file");
    for (JsonNode file : files) {
      assertFalse(file.has("error"), file.toString());
      assertTrue(file.get("decoded").asBoolean(), file.toString());
      assertEquals(file.get("frames").asInt(), file.get("framesDecoded").asInt(), file.toString());
      assertEquals(0, file.get("warnings").size(), file.toString());
      if (file.get("modality").asText().equals("US")) {
        assertEquals(50, file.get("frames").asInt());
        assertEquals(40.0, file.get("frameTimeMs").asDouble());
        assertEquals(1, file.get("regions").size(), file.toString());
        assertEquals(0.1, file.get("regions").get(0).get("deltaXmm").asDouble(), 1e-12);
        assertEquals(0.1, file.get("regions").get(0).get("deltaYmm").asDouble(), 1e-12);
      }
    }
    String ctSeries = SampleUids.series(SamplePatient.KNEE.number(), 2, 1);
    JsonNode ct =
        series.stream()
            .filter(s -> s.get("series").asText().equals(ctSeries))
            .findFirst()
            .orElseThrow();
    assertEquals(120, ct.get("slices").asInt());
    assertEquals(0, ct.get("problems").size(), ct.toString());
    assertEquals("as_acquired", ct.get("volume").asText());
    assertEquals(0.5, ct.get("spacingMm").get(0).asDouble());
    assertEquals(1.0, ct.get("spacingMm").get(2).asDouble(), 1e-9);
  }

  static List<JsonNode> info(Path path) throws IOException {
    var out = new StringWriter();
    var command = new CommandLine(new InfoCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, command.execute(path.toString()));
    var json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      lines.add(json.readTree(line));
    }
    return lines;
  }
}
