package org.cryows.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.cryows.testkit.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real workstation window in its own JVM (as {@code ./cryo demo --screenshot} does) and
 * checks that the PNG it writes shows a rendered window, not a blank one.
 */
class DemoWindowScreenshotTest {

  @Test
  void demoScreenshot_writesNonBlankPngOfTheWindow(@TempDir Path dir) throws Exception {
    Display.require();
    Path png = dir.resolve("window.png");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Djava.library.path=" + System.getProperty("java.library.path"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.cryows.ui.cli.CryoMain");
    command.add("demo");
    command.add("--screenshot");
    command.add(png.toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("demo.log").toFile())
            .start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the demo did not exit within 120 s");
    String log = java.nio.file.Files.readString(dir.resolve("demo.log"));
    assertEquals(0, process.exitValue(), "demo exit code; its output:\n" + log);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals((int) WorkstationWindow.WIDTH, image.getWidth());
    assertEquals((int) WorkstationWindow.HEIGHT, image.getHeight());
    assertTrue(distinctColours(image) >= 20, "the screenshot looks blank: too few colours");
    assertTrue(
        brightPixelFraction(image) > 0.001, "no text or light element visible in the screenshot");
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

  private static double brightPixelFraction(BufferedImage image) {
    long bright = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int luminance = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (luminance > 3 * 160) {
          bright++;
        }
      }
    }
    return (double) bright / ((long) image.getWidth() * image.getHeight());
  }
}
