package org.cryows.ui.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.cryows.imaging.source.LoadProblem;
import org.cryows.imaging.source.Series;
import org.cryows.planner.check.CheckStatus;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanHashes;
import org.cryows.ui.browser.model.BrowserSnapshot;
import org.cryows.ui.console.model.ConsoleStatus;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.shell.model.ShellModel;
import org.cryows.ui.shell.model.Workspace;
import org.cryows.ui.viewer.model.ViewerSnapshot;
import org.cryows.ui.viewer.model.ViewerState;

/**
 * The one JSON line {@code ./cryo demo --screenshot} prints: what the window showed when it was
 * captured, every value from the loaded files and live models, null where nothing is.
 */
final class DemoReport {
  // planHash: the loaded plan's (its signature's when signed); checks: the summary and counts of
  // the answer shown, final when it is the checked answer of the current revision.
  private static final ObjectMapper JSON = new ObjectMapper();

  private DemoReport() {}

  static String describe(
      Workstation workstation,
      Path screenshot,
      boolean settled,
      Double firstFrameMs,
      Double firstIceMs) {
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
    PlanEditorSnapshot plan = workstation.editor().snapshot();
    if (plan.committed() == null) {
      line.putNull("planHash");
      line.putNull("checks");
    } else {
      Plan shown = plan.committed();
      line.put(
          "planHash",
          shown.signature().map(s -> s.planHash().value()).orElse(PlanHashes.of(shown).value()));
      line.put("planRevision", shown.revision());
      line.put("planSigned", shown.isSigned());
      var live = plan.live();
      if (live.answeredPlan() == null || live.report().isEmpty()) {
        line.putNull("checks");
      } else {
        ObjectNode checks = line.putObject("checks");
        var report = live.report().get();
        checks.put("summary", report.summary().jsonName());
        for (CheckStatus status : CheckStatus.values()) {
          checks.put(
              status.jsonName(),
              report.results().stream().filter(r -> r.status() == status).count());
        }
        checks.put("final", live.finalFor(shown));
        checks.put("revision", live.answeredPlan().revision());
      }
    }
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
    if (firstIceMs == null) {
      line.putNull("firstIceMs");
    } else {
      line.put("firstIceMs", Math.round(firstIceMs));
    }
    return line.toString();
  }
}
