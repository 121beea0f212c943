package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.cryows.samples.SampleLibrary;
import org.cryows.testkit.Display;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.shell.view.WorkstationWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cryo demo --screenshot} as a user runs it: the real window in its own JVM on the X
 * display (Xvfb under ./cryo test), a PNG of the settled window, one JSON line on stdout.
 */
class DemoCommandScreenshotTest {

  @Test
  void demo_openCine_writesTheSettledWindowAndDescribesIt(@TempDir Path dir) throws Exception {
    Display.require();
    Path cine = SharedTestData.dicom("us/examples_ybr_color_mf30_jpegbaseline.dcm");
    Path png = dir.resolve("window.png");
    Run run = demo(dir, "--open", cine.toString(), "--screenshot", png.toString());
    assertEquals(0, run.exitCode, "demo exit code; its output:\n" + run.log);
    List<String> lines = run.stdout.lines().toList();
    assertEquals(1, lines.size(), "one JSON line on stdout: " + run.stdout);
    JsonNode json = new ObjectMapper().readTree(lines.get(0));
    assertEquals(png.toAbsolutePath().toString(), json.get("screenshot").asText());
    assertEquals("plan", json.get("workspace").asText());
    assertEquals("PLA (ID 204) · 2016-05-03", json.get("case").asText());
    assertEquals("US", json.get("series").get("modality").asText());
    assertEquals(cine.toString(), json.get("image").asText());
    assertEquals(1, json.get("frame").asInt());
    assertEquals(30, json.get("frames").asInt());
    assertEquals(false, json.get("console").get("connected").asBoolean());
    assertTrue(json.get("planHash").isNull());
    assertEquals(0, json.get("problems").size());
    assertTrue(json.get("settled").asBoolean());
    assertTrue(json.get("firstFrameMs").asLong() > 0);
    assertEquals("[\"image\"]", json.get("views").toString());
    assertTrue(json.get("vtk").asBoolean(), "VTK loads under the test's display");

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals((int) WorkstationWindow.WIDTH, image.getWidth());
    assertEquals((int) WorkstationWindow.HEIGHT, image.getHeight());
    assertTrue(distinctColours(image) >= 20, "the screenshot looks blank: too few colours");
  }

  @Test
  void demo_withoutOpen_opensTheBundledKneeCineFromTheSamplesFolder(@TempDir Path dir)
      throws Exception {
    Display.require();
    // The samples as the generator makes them for tests, seen as the user's data folder.
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("cryo"));
    Files.createSymbolicLink(data.resolve("cryo").resolve("samples"), SampleLibrary.forTests());
    Path png = dir.resolve("console.png");
    Run run =
        demo(
            dir,
            Map.of("XDG_DATA_HOME", data.toString()),
            "--workspace",
            "console",
            "--screenshot",
            png.toString());
    assertEquals(0, run.exitCode, run.log);
    JsonNode json = new ObjectMapper().readTree(run.stdout.strip());
    assertEquals("console", json.get("workspace").asText());
    assertTrue(json.get("case").asText().contains("SAMPLE-KNEE-01"), json.toString());
    assertEquals("US", json.get("series").get("modality").asText());
    assertEquals(
        data.resolve("cryo/samples/knee-smgn/cine.dcm").toString(), json.get("image").asText());
    assertEquals(50, json.get("frames").asInt());
    assertEquals(0, json.get("problems").size(), json.toString());
    assertEquals("not available", json.get("console").get("state").asText());
    assertFalse(
        run.log.contains("making the sample cases"), "current samples are reused: " + run.log);
  }

  @Test
  void demo_ctKnee_showsThePlanesAndThe3dViewAndNamesThem(@TempDir Path dir) throws Exception {
    Display.require();
    Path png = dir.resolve("knee.png");
    Run run =
        demo(
            dir,
            "--open",
            SampleLibrary.forTests().resolve("ct-knee").toString(),
            "--screenshot",
            png.toString());
    assertEquals(0, run.exitCode, run.log);
    JsonNode json = new ObjectMapper().readTree(run.stdout.strip());
    assertEquals("CT", json.get("series").get("modality").asText());
    assertEquals(
        "[\"axial\",\"coronal\",\"sagittal\",\"oblique\",\"3d\"]", json.get("views").toString());
    assertTrue(json.get("vtk").asBoolean());
    assertTrue(json.get("settled").asBoolean());
    BufferedImage image = ImageIO.read(png.toFile());
    assertTrue(distinctColours(image) >= 50, "planes and a lit 3-D surface");
  }

  @Test
  void demo_unknownWorkspace_isAUsageError(@TempDir Path dir) throws Exception {
    Run run = demo(dir, "--workspace", "theatre", "--screenshot", dir.resolve("x.png").toString());
    assertEquals(2, run.exitCode, run.log);
    assertTrue(run.log.contains("--workspace is plan, console or replay, not 'theatre'"), run.log);
  }

  private record Run(int exitCode, String stdout, String log) {}

  private static Run demo(Path dir, String... args) throws Exception {
    return demo(dir, Map.of(), args);
  }

  private static Run demo(Path dir, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Djava.library.path=" + System.getProperty("java.library.path"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.cryows.ui.cli.CryoMain");
    command.add("demo");
    command.addAll(List.of(args));
    Path out = dir.resolve("demo.out");
    Path err = dir.resolve("demo.err");
    var builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the demo did not exit within 180 s");
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
