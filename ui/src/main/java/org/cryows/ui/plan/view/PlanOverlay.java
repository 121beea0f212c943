package org.cryows.ui.plan.view;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.cryows.imaging.volume.Vector3;
import org.cryows.planner.plan.Plan;
import org.cryows.planner.plan.PlanStructure;
import org.cryows.planner.plan.PlannedProbe;
import org.cryows.planner.plan.Target;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.ImageFrameToViewport;
import org.cryows.ui.plan.model.PlanEditor;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.plan.model.PlanEditorSnapshot.Gesture;
import org.cryows.ui.plan.model.PlanToViewport;
import org.cryows.ui.plan.model.PlanTool;
import org.cryows.ui.plan.model.ViewportPoint;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.model.ViewerSnapshot;

/**
 * The plan drawn over the 2-D viewer's image, in the plan's image frame mapped through the region's
 * calibration and the viewer's transform ({@link ImageFrameToViewport}): the skin and bone lines,
 * vessels as red-brown outlines, the nerve (coloured by its coldest temperature once predicted),
 * probes to scale (shaft grey, active segment white), the isotherms at the time chosen, and what is
 * being drawn. With a plan tool chosen, the primary button's gestures go to the plan (an event
 * filter takes them before the viewer's own tools); the other buttons keep their viewer meaning.
 */
final class PlanOverlay {

  /** How near (screen pixels) a press must be to take a handle. */
  static final double PICK_PX = 10;

  private final PlanEditor editor;
  private final ViewerModel viewer;
  private final Canvas canvas = new Canvas();
  private double timeSec = Double.NaN;
  private long drawnVersion = -1;
  private long drawnViewerVersion = -1;
  private double drawnTime = Double.NaN;
  private long firstIceNanos;

  PlanOverlay(PlanEditor editor, ViewerModel viewer, Pane imageLayer) {
    this.editor = editor;
    this.viewer = viewer;
    canvas.setMouseTransparent(true);
    canvas.setId("plan-overlay");
    canvas.widthProperty().bind(imageLayer.widthProperty());
    canvas.heightProperty().bind(imageLayer.heightProperty());
    canvas.widthProperty().addListener((o, a, b) -> redraw(true));
    canvas.heightProperty().addListener((o, a, b) -> redraw(true));
    imageLayer.getChildren().add(canvas);
    installGestures(imageLayer);
    FxRefresh refresh = new FxRefresh(() -> redraw(false));
    editor.addListener(refresh);
    viewer.addListener(refresh);
  }

  Canvas canvas() {
    return canvas;
  }

  /** Shows the isotherms at {@code sec} from the start of the protocol. */
  void showTime(double sec) {
    timeSec = sec;
    redraw(false);
  }

  /** The viewport's plan transform now, or null when no calibrated image is shown. */
  PlanToViewport transform() {
    PlanEditorSnapshot s = editor.snapshot();
    ViewerSnapshot v = viewer.snapshot();
    if (s.image() == null || v.transform() == null || v.file() == null) {
      return null;
    }
    if (!s.image().file().equals(v.file().toAbsolutePath().normalize())) {
      return null;
    }
    return ImageFrameToViewport.of(v.transform(), s.image().region());
  }

  /** System.nanoTime() when isotherms were first drawn over the image, 0 before. */
  long firstIceNanos() {
    return firstIceNanos;
  }

  /** Whether the latest state is drawn. */
  boolean upToDate() {
    return drawnVersion == editor.snapshot().version()
        && drawnViewerVersion == viewer.snapshot().version();
  }

  // ------------------------------------------------------------------ gestures

  private void installGestures(Pane layer) {
    layer.addEventFilter(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          if (!planGesture(e)) {
            return;
          }
          PlanToViewport t = transform();
          if (t == null) {
            return;
          }
          if (editor.press(at(t, e), PICK_PX / t.pixelsPerMm(), e.getClickCount())) {
            layer.requestFocus();
            e.consume();
          }
        });
    layer.addEventFilter(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if (!planGesture(e) || !editor.gestureUnderWay()) {
            return;
          }
          PlanToViewport t = transform();
          if (t != null) {
            e.consume();
            editor.drag(at(t, e));
          }
        });
    layer.addEventFilter(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          if (!planGesture(e) || !editor.gestureUnderWay()) {
            return;
          }
          PlanToViewport t = transform();
          if (t != null) {
            e.consume();
            editor.release(at(t, e));
          }
        });
    layer.addEventFilter(
        MouseEvent.MOUSE_MOVED,
        e -> {
          if (editor.snapshot().tool() != PlanTool.NERVE) {
            return;
          }
          PlanToViewport t = transform();
          if (t != null) {
            editor.hover(at(t, e));
          }
        });
  }

  private boolean planGesture(MouseEvent e) {
    return e.getButton() == MouseButton.PRIMARY
        && editor.snapshot().tool() != PlanTool.VIEW
        && editor.snapshot().image() != null;
  }

  private static Vector3 at(PlanToViewport t, MouseEvent e) {
    return t.inverse(new ViewportPoint(e.getX(), e.getY()));
  }

  // ------------------------------------------------------------------ drawing

  private void redraw(boolean force) {
    PlanEditorSnapshot s = editor.snapshot();
    ViewerSnapshot v = viewer.snapshot();
    if (!force
        && s.version() == drawnVersion
        && v.version() == drawnViewerVersion
        && (Double.compare(timeSec, drawnTime) == 0)) {
      return;
    }
    drawnVersion = s.version();
    drawnViewerVersion = v.version();
    drawnTime = timeSec;
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    PlanToViewport t = transform();
    if (t == null) {
      return;
    }
    g.setLineCap(StrokeLineCap.ROUND);
    // Everything of the plan inside the calibrated region: its millimetres end there.
    var region = s.image().region();
    ViewportPoint topLeft = t.apply(new Vector3(-0.5 * mmPerColumn(s), -0.5 * mmPerRow(s), 0));
    ViewportPoint bottomRight =
        t.apply(
            new Vector3(
                (region.x1() - region.x0() + 0.5) * mmPerColumn(s),
                (region.y1() - region.y0() + 0.5) * mmPerRow(s),
                0));
    g.save();
    g.beginPath();
    g.rect(topLeft.x(), topLeft.y(), bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
    g.clip();
    for (PlanStructure structure : s.structures()) {
      drawStructure(g, t, structure);
    }
    drawContours(g, t, s);
    Plan plan = s.plan();
    if (plan != null) {
      for (int i = 0; i < plan.targets().size(); i++) {
        for (PlannedProbe probe : plan.targets().get(i).probes()) {
          drawProbe(g, t, probe);
        }
      }
      // The nerve over the probe: it is what the plan is for.
      drawNerves(g, t, s, plan);
    }
    if (s.pending() != null) {
      s.pending().probes().forEach(p -> drawProbe(g, t, p));
      if (s.pending().pathMm().size() >= 2) {
        drawPath(g, t, s.pending().pathMm(), PlanColours.NERVE);
      }
    }
    drawGesture(g, t, s.gesture());
    g.restore();
    if (s.live().answeredPlan() != null) {
      drawLegend(g, topLeft.x() + 8, bottomRight.y() - 8, s.live().provisional());
    }
    drawFrameNote(g, s, v);
  }

  private static double mmPerColumn(PlanEditorSnapshot s) {
    return Math.abs(s.image().region().deltaXmm().orElse(1));
  }

  private static double mmPerRow(PlanEditorSnapshot s) {
    return Math.abs(s.image().region().deltaYmm().orElse(1));
  }

  /** The isotherms' and the nerve's colours, in the image's bottom left corner. */
  private void drawLegend(GraphicsContext g, double left, double bottom, boolean provisional) {
    String[] texts = {
      "0 C", "-20 C", "-40 C", "nerve > 0 C", "nerve 0 to -20 C", "nerve <= -20 C (dose)"
    };
    Color[] colours = {
      PlanColours.ISOTHERM_0,
      PlanColours.ISOTHERM_20,
      PlanColours.ISOTHERM_40,
      PlanColours.NERVE,
      PlanColours.NERVE_FROZEN,
      PlanColours.NERVE_DOSE
    };
    double rowPx = 18;
    double width = 196;
    double height = rowPx * texts.length + (provisional ? rowPx : 0) + 8;
    double top = bottom - height;
    g.setFill(Color.rgb(0, 0, 0, 0.65));
    g.fillRect(left, top, width, height);
    g.setFont(Font.font("System", FontWeight.NORMAL, 13));
    for (int i = 0; i < texts.length; i++) {
      double y = top + 4 + rowPx * (i + 0.5);
      g.setStroke(colours[i]);
      g.setLineWidth(i < 3 ? 2.5 : 4);
      g.strokeLine(left + 8, y, left + 34, y);
      g.setFill(Color.web("#E8EEF5"));
      g.fillText(texts[i], left + 42, y + 4.5);
    }
    if (provisional) {
      g.setFill(Color.web("#FFD58A"));
      g.fillText("dashed: provisional", left + 8, top + 4 + rowPx * (texts.length + 0.5) + 4.5);
    }
  }

  private void drawFrameNote(GraphicsContext g, PlanEditorSnapshot s, ViewerSnapshot v) {
    if (s.committed() == null || v.frame() + 1 == s.frameNumber()) {
      return;
    }
    g.setFont(Font.font("System", FontWeight.BOLD, 14));
    String text =
        String.format(
            Locale.ROOT,
            "The plan was made on frame %d; frame %d is shown",
            s.frameNumber(),
            v.frame() + 1);
    g.setFill(PlanColours.HALO);
    g.fillRect(8, canvas.getHeight() - 60, 8 * text.length() + 16, 24);
    g.setFill(PlanColours.GESTURE);
    g.fillText(text, 16, canvas.getHeight() - 42);
  }

  private void drawStructure(GraphicsContext g, PlanToViewport t, PlanStructure structure) {
    switch (structure) {
      case PlanStructure.Skin skin ->
          drawPlaneLine(g, t, skin.pointMm(), skin.normal(), PlanColours.SKIN);
      case PlanStructure.Bone bone ->
          drawPlaneLine(g, t, bone.pointMm(), bone.normal(), PlanColours.BONE);
      case PlanStructure.Vessel vessel -> drawVessel(g, t, vessel);
      case PlanStructure.Landmark landmark ->
          drawPath(g, t, landmark.pointsMm(), PlanColours.GESTURE);
    }
  }

  /** A plane square to the image: its line across the view, dashed, the body's side marked. */
  private void drawPlaneLine(
      GraphicsContext g, PlanToViewport t, Vector3 point, Vector3 normal, Color colour) {
    Vector3 along = normal.cross(t.normal_Plan()).normalized();
    double reach = 2 * (canvas.getWidth() + canvas.getHeight()) / t.pixelsPerMm();
    ViewportPoint a = t.apply(point.minus(along.times(reach)));
    ViewportPoint b = t.apply(point.plus(along.times(reach)));
    g.setLineDashes(10, 6);
    stroke(g, colour, 2, a, b);
    g.setLineDashes();
  }

  private void drawVessel(GraphicsContext g, PlanToViewport t, PlanStructure.Vessel vessel) {
    double radiusPx = vessel.diameterMm() / 2 * t.pixelsPerMm();
    List<Vector3> path = vessel.pathMm();
    boolean crossing =
        path.stream()
            .allMatch(
                p -> Math.hypot(p.x() - path.getFirst().x(), p.y() - path.getFirst().y()) < 1e-6);
    if (crossing) {
      ViewportPoint c = t.apply(new Vector3(path.getFirst().x(), path.getFirst().y(), 0));
      g.setStroke(PlanColours.HALO);
      g.setLineWidth(4);
      g.strokeOval(c.x() - radiusPx, c.y() - radiusPx, 2 * radiusPx, 2 * radiusPx);
      g.setStroke(PlanColours.VESSEL);
      g.setLineWidth(2.5);
      g.strokeOval(c.x() - radiusPx, c.y() - radiusPx, 2 * radiusPx, 2 * radiusPx);
      return;
    }
    for (int i = 1; i < path.size(); i++) {
      ViewportPoint a = t.apply(path.get(i - 1));
      ViewportPoint b = t.apply(path.get(i));
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double length = Math.hypot(dx, dy);
      if (length == 0) {
        continue;
      }
      double nx = -dy / length * radiusPx;
      double ny = dx / length * radiusPx;
      stroke(
          g,
          PlanColours.VESSEL,
          2.5,
          new ViewportPoint(a.x() + nx, a.y() + ny),
          new ViewportPoint(b.x() + nx, b.y() + ny));
      stroke(
          g,
          PlanColours.VESSEL,
          2.5,
          new ViewportPoint(a.x() - nx, a.y() - ny),
          new ViewportPoint(b.x() - nx, b.y() - ny));
    }
  }

  private void drawContours(GraphicsContext g, PlanToViewport t, PlanEditorSnapshot s) {
    var live = s.live();
    if (live.answeredPlan() == null) {
      return;
    }
    double time = Double.isNaN(timeSec) ? defaultTime(s) : timeSec;
    List<IceDisplay.ContourPiece> pieces = IceDisplay.contours(live, time);
    if (firstIceNanos == 0 && !pieces.isEmpty()) {
      firstIceNanos = System.nanoTime();
    }
    // A dark halo under every line first, so the colours read over bright speckle.
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(4.5);
    g.beginPath();
    for (IceDisplay.ContourPiece p : pieces) {
      ViewportPoint a = t.apply(p.from());
      ViewportPoint b = t.apply(p.to());
      g.moveTo(a.x(), a.y());
      g.lineTo(b.x(), b.y());
    }
    g.stroke();
    for (double isotherm : new double[] {0, -20, -40}) {
      g.setStroke(PlanColours.isotherm(isotherm));
      g.setLineWidth(2.5);
      if (live.provisional()) {
        g.setLineDashes(8, 5);
      }
      g.beginPath();
      for (IceDisplay.ContourPiece p : pieces) {
        if (Math.abs(p.isothermC() - isotherm) > 1e-6) {
          continue;
        }
        ViewportPoint a = t.apply(p.from());
        ViewportPoint b = t.apply(p.to());
        g.moveTo(a.x(), a.y());
        g.lineTo(b.x(), b.y());
      }
      g.stroke();
      g.setLineDashes();
    }
  }

  static double defaultTime(PlanEditorSnapshot s) {
    Plan plan = s.live().answeredPlan();
    return plan == null ? 0 : IceDisplay.largestIceSec(plan.targets().getFirst().protocol());
  }

  private void drawNerves(GraphicsContext g, PlanToViewport t, PlanEditorSnapshot s, Plan plan) {
    var live = s.live();
    boolean predicted =
        live.answeredPlan() != null
            && live.answeredPlan().targets().size() == plan.targets().size();
    for (int i = 0; i < plan.targets().size(); i++) {
      Target target = plan.targets().get(i);
      boolean samePath =
          predicted && live.answeredPlan().targets().get(i).pathMm().equals(target.pathMm());
      int index = i;
      List<IceDisplay.NervePiece> pieces =
          samePath
              ? IceDisplay.nerve(live).stream().filter(p -> p.target() == index).toList()
              : List.of();
      if (crossesView(t, target.pathMm())) {
        drawCrossing(g, t, target, pieces, i == s.selectedTarget());
        continue;
      }
      if (pieces.isEmpty()) {
        drawPath(g, t, target.pathMm(), PlanColours.NERVE);
      } else {
        for (IceDisplay.NervePiece p : pieces) {
          stroke(g, PlanColours.HALO, 6, t.apply(p.from()), t.apply(p.to()));
        }
        for (IceDisplay.NervePiece p : pieces) {
          stroke(g, PlanColours.nerve(p.coldestC()), 3.5, t.apply(p.from()), t.apply(p.to()));
        }
      }
      crossingPoint(target.pathMm())
          .ifPresent(
              c ->
                  drawCrossingRing(
                      g,
                      t.apply(c),
                      Math.max(7, 0.8 * t.pixelsPerMm()),
                      target.nerve(),
                      null,
                      index == s.selectedTarget()));
    }
  }

  /** Where a nerve's course passes through the image plane (z = 0), if it does. */
  private static java.util.Optional<Vector3> crossingPoint(List<Vector3> path) {
    for (int i = 1; i < path.size(); i++) {
      Vector3 a = path.get(i - 1);
      Vector3 b = path.get(i);
      if ((a.z() <= 0 && b.z() >= 0) || (a.z() >= 0 && b.z() <= 0)) {
        double f = a.z() == b.z() ? 0 : -a.z() / (b.z() - a.z());
        return java.util.Optional.of(a.plus(b.minus(a).times(f)));
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the nerve runs across the view's plane (seen in cross-section). */
  private static boolean crossesView(PlanToViewport t, List<Vector3> path) {
    ViewportPoint first = t.apply(path.getFirst());
    return path.stream().allMatch(p -> t.apply(p).distanceTo(first) < 1.5);
  }

  /**
   * A nerve crossing the image: a green ring where it crosses, filled with the colour of its
   * coldest temperature in the image plane once predicted, its name beside it.
   */
  private void drawCrossing(
      GraphicsContext g,
      PlanToViewport t,
      Target target,
      List<IceDisplay.NervePiece> pieces,
      boolean selected) {
    Vector3 centre = target.pathMm().getFirst();
    ViewportPoint c = t.apply(new Vector3(centre.x(), centre.y(), 0));
    double r = Math.max(7, 0.8 * t.pixelsPerMm());
    Color fill = null;
    for (IceDisplay.NervePiece p : pieces) {
      if (Math.abs(p.from().z()) < 0.1 || Math.abs(p.to().z()) < 0.1) {
        fill = PlanColours.nerve(p.coldestC());
      }
    }
    drawCrossingRing(g, c, r, target.nerve(), fill, selected);
  }

  private static void drawCrossingRing(
      GraphicsContext g, ViewportPoint c, double r, String name, Color fill, boolean selected) {
    g.setStroke(PlanColours.HALO);
    g.setLineWidth(6);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    if (fill != null) {
      g.setFill(fill.deriveColor(0, 1, 1, 0.55));
      g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    }
    g.setStroke(PlanColours.NERVE);
    g.setLineWidth(selected ? 3.5 : 2.5);
    g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    g.setFont(Font.font("System", FontWeight.BOLD, 14));
    g.setFill(PlanColours.HALO);
    g.fillText(name, c.x() - r - 41, c.y() + r + 17);
    g.setFill(PlanColours.NERVE);
    g.fillText(name, c.x() - r - 42, c.y() + r + 16);
  }

  private void drawPath(GraphicsContext g, PlanToViewport t, List<Vector3> path, Color colour) {
    for (int i = 1; i < path.size(); i++) {
      stroke(g, PlanColours.HALO, 6, t.apply(path.get(i - 1)), t.apply(path.get(i)));
    }
    for (int i = 1; i < path.size(); i++) {
      stroke(g, colour, 3.5, t.apply(path.get(i - 1)), t.apply(path.get(i)));
    }
  }

  /** A probe to scale: the shaft grey to the entry, the active segment white from the tip. */
  private void drawProbe(GraphicsContext g, PlanToViewport t, PlannedProbe probe) {
    var model = probe.probe();
    double widthPx = Math.max(2, model.outerDiameterMm() * t.pixelsPerMm());
    Vector3 axis = probe.towardHandle();
    ViewportPoint tip = t.apply(probe.tipMm());
    ViewportPoint entry = t.apply(probe.entryMm());
    ViewportPoint activeStart =
        t.apply(probe.tipMm().plus(axis.times(model.activeSegmentStartMm())));
    ViewportPoint activeEnd = t.apply(probe.tipMm().plus(axis.times(model.activeSegmentEndMm())));
    g.setLineCap(StrokeLineCap.BUTT);
    stroke(g, PlanColours.HALO, widthPx + 3, tip, entry);
    stroke(g, PlanColours.PROBE_SHAFT, widthPx, activeEnd, entry);
    stroke(g, PlanColours.PROBE_ACTIVE, widthPx, activeStart, activeEnd);
    g.setLineCap(StrokeLineCap.ROUND);
    // The handles a drag takes: the tip and the entry point.
    handle(g, tip);
    handle(g, entry);
  }

  private static void handle(GraphicsContext g, ViewportPoint p) {
    g.setFill(PlanColours.HALO);
    g.fillOval(p.x() - 5, p.y() - 5, 10, 10);
    g.setStroke(PlanColours.PROBE_ACTIVE);
    g.setLineWidth(2);
    g.strokeOval(p.x() - 4, p.y() - 4, 8, 8);
  }

  private void drawGesture(GraphicsContext g, PlanToViewport t, Gesture gesture) {
    switch (gesture) {
      case null -> {}
      case Gesture.Trace trace -> {
        drawPath(g, t, trace.points(), PlanColours.GESTURE);
        trace.points().forEach(p -> handle(g, t.apply(p)));
      }
      case Gesture.Circle c -> {
        ViewportPoint centre = t.apply(c.centre());
        double r = c.radiusMm() * t.pixelsPerMm();
        g.setStroke(PlanColours.GESTURE);
        g.setLineWidth(2);
        g.strokeOval(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
        label(g, centre, String.format(Locale.ROOT, "%.1f mm", 2 * c.radiusMm()));
      }
      case Gesture.Line l -> {
        stroke(g, PlanColours.GESTURE, 2.5, t.apply(l.from()), t.apply(l.to()));
        label(g, t.apply(l.to()), l.kind());
      }
      case Gesture.NewProbe p -> {
        if (p.entry().minus(p.tip()).length() > 0) {
          drawProbe(g, t, new PlannedProbe(p.model(), p.tip(), p.entry()));
        }
      }
      case Gesture.Moving m -> {}
    }
  }

  private static void label(GraphicsContext g, ViewportPoint at, String text) {
    g.setFont(Font.font("System", FontWeight.BOLD, 14));
    g.setFill(PlanColours.HALO);
    g.fillText(text, at.x() + 9, at.y() - 7);
    g.setFill(PlanColours.GESTURE);
    g.fillText(text, at.x() + 8, at.y() - 8);
  }

  private static void stroke(
      GraphicsContext g, Color colour, double width, ViewportPoint a, ViewportPoint b) {
    g.setStroke(colour);
    g.setLineWidth(width);
    g.strokeLine(a.x(), a.y(), b.x(), b.y());
  }
}
