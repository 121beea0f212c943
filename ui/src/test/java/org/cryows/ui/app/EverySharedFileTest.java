package org.cryows.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import org.cryows.imaging.source.LoadProblem;
import org.cryows.testkit.SharedTestData;
import org.cryows.ui.viewer.model.RenderedFrame;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.cryows.ui.viewer.model.ViewerState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;

/**
 * Every file of the shared DICOM data, opened through the window's own loading path, is shown with
 * the size and colours MANIFEST.tsv gives for it, or the window displays why it is not.
 */
class EverySharedFileTest {
  private static final FxRobot ROBOT = new FxRobot();
  private static WindowHarness window;
  private static Map<String, String[]> manifest;

  @BeforeAll
  static void setUp() throws Exception {
    window = new WindowHarness();
    manifest = new HashMap<>();
    List<String> lines =
        Files.readAllLines(SharedTestData.sharedDir().resolve("data/dicom/MANIFEST.tsv"));
    String[] header = lines.get(0).split("\t");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      manifest.put(cells[0], cells);
    }
    if (!List.of(header).subList(7, 11).equals(List.of("rows", "cols", "frames", "photometric"))) {
      throw new AssertionError("MANIFEST.tsv columns changed: " + List.of(header));
    }
  }

  @AfterAll
  static void tearDown() throws Exception {
    window.close();
  }

  static Stream<String> files() throws IOException {
    Path root = SharedTestData.sharedDir().resolve("data/dicom");
    try (Stream<Path> walk = Files.walk(root)) {
      List<String> files = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .sorted()
          .forEach(p -> files.add(root.relativize(p).toString()));
      return files.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void open_isShownOrSaysWhyNot(String relative) {
    Path file = SharedTestData.dicom(relative);
    window.open(file);
    ViewerSnapshot s = window.viewer();
    List<LoadProblem> problems = window.workstation.browser().snapshot().tree().problems();
    boolean notLoaded =
        problems.stream().anyMatch(p -> p.path().equals(file.toAbsolutePath().normalize()));
    boolean referencesOthers =
        relative.endsWith("DICOMDIR") || relative.endsWith("DICOMDIR_fodicom_standalone");
    if (notLoaded) {
      LoadProblem problem =
          problems.stream()
              .filter(p -> p.path().equals(file.toAbsolutePath().normalize()))
              .findFirst()
              .orElseThrow();
      String expected = file.getFileName() + ": " + problem.reason();
      assertTrue(
          treeTexts().contains(expected), "the tree shows " + expected + "; it has " + treeTexts());
      return;
    }
    if (referencesOthers) {
      // A DICOMDIR opens the files it lists; fo-dicom's lists files that are not there.
      assertTrue(s.state() == ViewerState.SHOWING || !problems.isEmpty(), s.toString());
      return;
    }
    String[] row = manifest.get(relative);
    if (s.state() == ViewerState.FAILED) {
      assertTrue(label("#viewer-message").contains(s.message()), "the viewer shows " + s.message());
      return;
    }
    assertEquals(ViewerState.SHOWING, s.state(), relative);
    if (!s.frameProblem().isEmpty()) {
      assertTrue(label("#viewer-message").contains(s.frameProblem()));
      return;
    }
    RenderedFrame shown = s.displayed();
    assertEquals(window.workstation.viewerView().drawnKey(), shown.key(), "drawn on screen");
    assertEquals(Integer.parseInt(row[7]), shown.rows(), relative + " rows");
    assertEquals(Integer.parseInt(row[8]), shown.columns(), relative + " columns");
    assertEquals(Integer.parseInt(row[9]), s.frames(), relative + " frames");
    boolean colour = !row[10].startsWith("MONOCHROME");
    assertEquals(colour, hasColour(shown), relative + " is " + row[10]);
    assertFalse(label("#viewer-frame").isEmpty());
  }

  private static boolean hasColour(RenderedFrame frame) {
    for (int y = 0; y < frame.height(); y++) {
      for (int x = 0; x < frame.width(); x++) {
        int p = frame.argbAt(x, y);
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        if (Math.abs(r - g) > 8 || Math.abs(g - b) > 8) {
          return true;
        }
      }
    }
    return false;
  }

  private static String label(String query) {
    Label label = ROBOT.lookup(query).queryAs(Label.class);
    return WindowHarness.onFx(label::getText);
  }

  private static List<String> treeTexts() {
    return WindowHarness.onFx(
        () ->
            ROBOT.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText())
                .toList());
  }
}
