package org.cryows.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.cryows.imaging.source.LoadProblem;
import org.cryows.imaging.source.Series;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.console.model.ConsoleStatus;
import org.cryows.ui.shell.model.ShellModel;
import org.cryows.ui.shell.model.Workspace;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.cryows.ui.viewer.model.ViewerState;

/**
 * The one JSON line {@code ./cryo demo --screenshot} prints: what the window showed when it was
 * captured, every value from the loaded files and live models, null where nothing is.
 */
final class DemoReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoReport() {}

  static String describe(
      Workstation workstation, Path screenshot, boolean settled, Double firstFrameMs) {
    ShellModel shell = workstation.shell();
    BrowserSnapshot browser = workstation.browser().snapshot();
    ViewerSnapshot viewer = workstation.viewer().snapshot();
    ObjectNode line = JSON.createObjectNode();
    line.put("screenshot", screenshot.toAbsolutePath().toString());
    line.put("workspace", shell.workspace().id());
    line.put("case", shell.plan().caseLabel().orElse(null));
    Series series = shell.plan().selectedSeries().orElse(null);
    if (series == null) {
      line.putNull("series");
    } else {
      ObjectNode s = line.putObject("series");
      s.put("uid", series.seriesInstanceUid());
      if (series.seriesNumber().isPresent()) {
        s.put("number", series.seriesNumber().getAsInt());
      } else {
        s.putNull("number");
      }
      s.put("modality", series.modality());
      s.put("description", series.description());
      s.put("files", series.instances().size());
    }
    boolean showing = viewer.state() == ViewerState.SHOWING;
    line.put("image", viewer.file() == null ? null : viewer.file().toString());
    if (showing) {
      line.put("frame", viewer.frame() + 1);
      line.put("frames", viewer.frames());
      line.put("position", viewer.position() + 1);
      line.put("positions", viewer.positions());
    } else {
      line.putNull("frame");
      line.putNull("frames");
      line.putNull("position");
      line.putNull("positions");
    }
    line.put("imageState", viewer.state().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode views = line.putArray("views");
    if (shell.workspace() == Workspace.PLAN) {
      shell.plan().viewNames().forEach(views::add);
    }
    line.put("vtk", shell.plan().scene().available());
    ConsoleStatus console = shell.console();
    ObjectNode c = line.putObject("console");
    c.put("connected", console.connected());
    c.put("state", console.state());
    line.putNull("planHash");
    ArrayNode problems = line.putArray("problems");
    if (browser.tree() != null) {
      for (LoadProblem p : browser.tree().problems()) {
        problems.addObject().put("path", p.path().toString()).put("reason", p.reason());
      }
    }
    if (viewer.file() != null) {
      for (String p : viewer.problems()) {
        problems.addObject().put("path", viewer.file().toString()).put("reason", p);
      }
      if (!viewer.frameProblem().isEmpty()
          && viewer.problems().stream().noneMatch(p -> p.contains(viewer.frameProblem()))) {
        problems
            .addObject()
            .put("path", viewer.file().toString())
            .put("reason", viewer.frameProblem());
      }
    }
    line.put("settled", settled);
    if (firstFrameMs == null) {
      line.putNull("firstFrameMs");
    } else {
      line.put("firstFrameMs", Math.round(firstFrameMs));
    }
    return line.toString();
  }
}
