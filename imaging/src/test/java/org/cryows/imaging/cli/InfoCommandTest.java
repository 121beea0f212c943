package org.cryows.imaging.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cryows.imaging.adapter.RealFileMutations;
import org.cryows.imaging.dataset.Tags;
import org.cryows.testkit.SharedTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code info} contract checked against the shared data's manifest, whose columns were written
 * from the files by other tools (pydicom): every file's size, frames, colour model and syntax.
 */
class InfoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The manifest's transfer syntax names and the UIDs of PS3.6 Table A-1. */
  private static final Map<String, String> SYNTAX_UIDS =
      Map.ofEntries(
          Map.entry("LittleEndianImplicit", "1.2.840.10008.1.2"),
          Map.entry("LittleEndianExplicit", "1.2.840.10008.1.2.1"),
          Map.entry("BigEndianExplicit", "1.2.840.10008.1.2.2"),
          Map.entry("JPEGBaseline", "1.2.840.10008.1.2.4.50"),
          Map.entry("JPEGExtended:Process2+4", "1.2.840.10008.1.2.4.51"),
          Map.entry("JPEGLossless:Non-hierarchical-1stOrderPrediction", "1.2.840.10008.1.2.4.70"),
          Map.entry("JPEGLSLossless", "1.2.840.10008.1.2.4.80"),
          Map.entry("JPEGLSLossy", "1.2.840.10008.1.2.4.81"),
          Map.entry("JPEG2000LosslessOnly", "1.2.840.10008.1.2.4.90"),
          Map.entry("JPEG2000", "1.2.840.10008.1.2.4.91"),
          Map.entry("RLELossless", "1.2.840.10008.1.2.5"));

  @Test
  void info_sharedFolder_everyFileMatchesTheManifest() throws Exception {
    Path dicom = SharedTestData.dicom("");
    Run run = run(dicom.toString());
    assertEquals(0, run.exitCode, run.err);
    Map<String, JsonNode> byPath = new HashMap<>();
    for (JsonNode line : run.lines) {
      if (line.has("path")) {
        byPath.put(dicom.relativize(Path.of(line.get("path").asText())).toString(), line);
      }
    }
    List<String> rows = Files.readAllLines(dicom.resolve("MANIFEST.tsv"));
    List<String> header = List.of(rows.get(0).split("\t"));
    int checked = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      String file = cells[header.indexOf("local_path")];
      JsonNode line = byPath.get(file);
      assertNotNull(line, "no line for " + file);
      if (cells[header.indexOf("sop_class")].equals("MediaStorageDirectoryStorage")) {
        assertEquals("no pixel data: object is not an image", line.get("error").asText(), file);
        continue;
      }
      if (line.has("error")) {
        // The one deliberately odd file of the corpus may be refused, with its reason.
        assertEquals("ct/CT1_bigendian_undefined_length_fodicom.dcm", file, line.toString());
        assertFalse(line.get("error").asText().isBlank());
        continue;
      }
      assertEquals(cells[header.indexOf("modality")], line.get("modality").asText(), file);
      assertEquals(
          SYNTAX_UIDS.get(cells[header.indexOf("transfer_syntax")]),
          line.get("transferSyntaxUid").asText(),
          file);
      assertEquals(Integer.parseInt(cells[header.indexOf("rows")]), line.get("rows").asInt(), file);
      assertEquals(
          Integer.parseInt(cells[header.indexOf("cols")]), line.get("columns").asInt(), file);
      assertEquals(
          Integer.parseInt(cells[header.indexOf("frames")]), line.get("frames").asInt(), file);
      assertEquals(cells[header.indexOf("photometric")], line.get("photometric").asText(), file);
      checkRegions(file, cells[header.indexOf("us_regions_calibrated")], line.get("regions"));
      // Every shared file is whole and its display attributes valid.
      assertTrue(line.get("decoded").asBoolean(), line.toString());
      assertEquals(line.get("frames").asInt(), line.get("framesDecoded").asInt(), file);
      assertEquals(0, line.get("badFrames").size(), file);
      assertEquals(0, line.get("warnings").size(), file);
      checked++;
    }
    assertTrue(checked >= 70, "files checked: " + checked);
  }

  /** The manifest writes regions as "yes (2 regions; r1:dX=0.0262288cm,dY=0.0262288cm; ...)". */
  private static void checkRegions(String file, String manifest, JsonNode regions) {
    if (!manifest.startsWith("yes")) {
      assertEquals(0, regions.size(), file);
      return;
    }
    Matcher count = Pattern.compile("\\((\\d+) regions").matcher(manifest);
    assertTrue(count.find(), manifest);
    assertEquals(Integer.parseInt(count.group(1)), regions.size(), file);
    Matcher region =
        Pattern.compile("r(\\d+):dX=([0-9.]+)(\\w+),dY=([0-9.]+)(\\w+)").matcher(manifest);
    while (region.find()) {
      JsonNode r = regions.get(Integer.parseInt(region.group(1)) - 1);
      assertEquals(Double.parseDouble(region.group(2)), r.get("deltaX").asDouble(), 1e-7, file);
      assertEquals(Double.parseDouble(region.group(4)), r.get("deltaY").asDouble(), 1e-7, file);
      // The manifest abbreviates seconds as "s"; info prints the unit's name.
      assertEquals(
          region.group(3).replace("s", "seconds").replace("nonseconds", "none"),
          r.get("unitsX").asText(),
          file);
      if (region.group(3).equals("cm")) {
        assertEquals(10 * Double.parseDouble(region.group(2)), r.get("deltaXmm").asDouble(), 1e-6);
      } else {
        assertTrue(r.get("deltaXmm").isNull(), file + " has no mm for " + region.group(3));
      }
    }
  }

  @Test
  void info_mrSeriesFolder_printsTheVolumeGeometryAfterTheFiles() throws Exception {
    Path series = SharedTestData.dicom("mr/prostate_adc_20slices");
    Run run = run(series.toString());
    assertEquals(21, run.lines.size(), run.out);
    for (JsonNode file : run.lines.subList(0, 20)) {
      assertTrue(file.get("decoded").asBoolean(), file.toString());
      assertEquals(2, file.get("pixelSpacingMm").size());
      assertTrue(file.get("frameTimeMs").isNull());
    }
    JsonNode volume = run.lines.get(20);
    assertEquals(20, volume.get("slices").asInt());
    assertEquals(3, volume.get("spacingMm").size());
    assertEquals(6, volume.get("orientation").size());
    assertTrue(volume.get("spacingMm").get(2).asDouble() > 0);
    assertTrue(volume.get("series").asText().startsWith("1."), volume.toString());
  }

  @Test
  void info_junkAndTruncatedFiles_getAnErrorLineAndTheOthersStillLoad(@TempDir Path dir)
      throws Exception {
    Path good = SharedTestData.dicom("mr/MR_small.dcm");
    Files.copy(good, dir.resolve("a_good.dcm"));
    byte[] bytes = Files.readAllBytes(good);
    Files.write(dir.resolve("b_cut.dcm"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Files.writeString(dir.resolve("c_notes.txt"), "not an image\n");
    Run run = run(dir.toString(), dir.resolve("missing.dcm").toString());
    assertEquals(0, run.exitCode);
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode line : run.lines) {
      if (line.has("path")) {
        byName.put(Path.of(line.get("path").asText()).getFileName().toString(), line);
      }
    }
    assertTrue(byName.get("a_good.dcm").get("decoded").asBoolean());
    assertTrue(
        byName.get("b_cut.dcm").has("error")
            || !byName.get("b_cut.dcm").get("decoded").asBoolean());
    assertTrue(byName.get("c_notes.txt").has("error"));
    assertEquals("no such file or folder", byName.get("missing.dcm").get("error").asText());
  }

  @Test
  void info_damagedFiles_reportWarningsAndTheBadFramesOfWhatStillShows(@TempDir Path dir)
      throws Exception {
    Files.write(
        dir.resolve("a_ww0.dcm"),
        RealFileMutations.withText(
            Files.readAllBytes(SharedTestData.dicom("mr/prostate_adc_20slices/000000.dcm")),
            Tags.WINDOW_WIDTH,
            "0"));
    byte[] cine =
        Files.readAllBytes(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm"));
    Files.write(dir.resolve("b_cut.dcm"), RealFileMutations.cutInsideFragment(cine, 29, 100));
    Files.write(dir.resolve("c_zeroed.dcm"), RealFileMutations.withFragmentZeroed(cine, 14));
    String jpeg = "1.2.840.10008.1.2.4.50";
    byte[] unknown = cine.clone();
    int at = new String(cine, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(jpeg);
    System.arraycopy("1.2.840.10008.1.2.4.99".getBytes(), 0, unknown, at, jpeg.length());
    Files.write(dir.resolve("d_unknown_syntax.dcm"), unknown);

    Run run = run(dir.toString());

    assertEquals(0, run.exitCode, run.err);
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode line : run.lines) {
      if (line.has("path")) {
        byName.put(Path.of(line.get("path").asText()).getFileName().toString(), line);
      }
    }
    JsonNode ww0 = byName.get("a_ww0.dcm");
    assertTrue(ww0.get("decoded").asBoolean(), ww0.toString());
    assertEquals(1, ww0.get("framesDecoded").asInt());
    assertEquals(0, ww0.get("badFrames").size());
    assertEquals(
        "WindowWidth (0028,1051): window 1 has center 1300 and width 0; a width is at least 1"
            + " (PS3.3 C.11.2.1.2.1): this window is ignored; shown with a window computed from each"
            + " frame's minimum and maximum",
        ww0.get("warnings").get(0).asText());

    JsonNode cut = byName.get("b_cut.dcm");
    assertEquals(30, cut.get("frames").asInt(), "frames declared, as before");
    assertFalse(cut.get("decoded").asBoolean());
    assertEquals(29, cut.get("framesDecoded").asInt());
    JsonNode frame30 = cut.get("badFrames").get(0);
    assertEquals(1, cut.get("badFrames").size(), cut.toString());
    assertEquals(30, frame30.get("first").asInt());
    assertEquals(30, frame30.get("last").asInt());
    assertTrue(
        frame30.get("reason").asText().startsWith("cut: its fragment at byte "), cut.toString());
    assertEquals(
        "frame 30 of 30: " + frame30.get("reason").asText(), cut.get("decodeError").asText());

    JsonNode zeroed = byName.get("c_zeroed.dcm");
    assertFalse(zeroed.get("decoded").asBoolean());
    assertEquals(29, zeroed.get("framesDecoded").asInt());
    assertEquals(15, zeroed.get("badFrames").get(0).get("first").asInt(), zeroed.toString());
    assertTrue(
        zeroed.get("decodeError").asText().startsWith("frame 15 of 30 (JPEG Baseline"),
        zeroed.toString());

    JsonNode unknownSyntax = byName.get("d_unknown_syntax.dcm");
    assertEquals(0, unknownSyntax.get("framesDecoded").asInt());
    assertEquals(1, unknownSyntax.get("badFrames").size(), "one run: " + unknownSyntax);
    assertEquals(30, unknownSyntax.get("badFrames").get(0).get("last").asInt());
    assertTrue(
        unknownSyntax
            .get("decodeError")
            .asText()
            .startsWith(
                "frame 1 of 30: unknown transfer syntax 1.2.840.10008.1.2.4.99"
                    + " (1.2.840.10008.1.2.4.99) is not supported"),
        unknownSyntax.toString());
  }

  @Test
  void info_cineUltrasound_reportsItsFrameTime() throws Exception {
    Run run = run(SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm").toString());
    JsonNode line = run.lines.get(0);
    assertEquals(30, line.get("frames").asInt());
    assertTrue(line.get("frameTimeMs").asDouble() > 0, line.toString());
    assertTrue(line.get("decoded").asBoolean(), line.toString());
  }

  @Test
  void info_withoutArguments_isAUsageError() {
    assertEquals(2, run().exitCode);
  }

  private record Run(int exitCode, String out, String err, List<JsonNode> lines) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new InfoCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int exit = command.execute(args);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        try {
          lines.add(JSON.readTree(line));
        } catch (Exception e) {
          throw new AssertionError("not one JSON object per line: " + line, e);
        }
      }
    }
    return new Run(exit, out.toString(), err.toString(), lines);
  }
}
