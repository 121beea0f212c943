package org.cryows.ui.plan.view;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.plan.model.IceDisplay;
import org.cryows.ui.plan.model.IceTime;
import org.cryows.ui.plan.model.ImageFrameToViewport;
import org.cryows.ui.plan.model.PlanEditor;
import org.cryows.ui.plan.model.PlanEditorSnapshot;
import org.cryows.ui.plan.model.PlanToViewport;
import org.cryows.ui.plan.model.PlanTool;
import org.cryows.ui.plan.model.ViewportPoint;
import org.cryows.ui.viewer.model.ViewerModel;
import org.cryows.ui.viewer.model.ViewerSnapshot;

/**
 * The plan drawn over the 2-D viewer's image ({@link PlanDrawing}), in the plan's image frame
 * mapped through the region's calibration and the viewer's transform ({@link
 * ImageFrameToViewport}), with the isotherms in the image's plane at the time chosen and their
 * legend. With a plan tool chosen, the primary button's gestures go to the plan (an event filter
 * takes them before the viewer's own tools); the other buttons keep their viewer meaning.
 */
final class PlanOverlay {

  /** How near (screen pixels) a press must be to take a handle. */
  static final double PICK_PX = 10;

  private final PlanEditor editor;
  private final ViewerModel viewer;
  private final IceTime time;
  private final ReadOnlyDoubleProperty bottomTextsTop;
  private final Canvas canvas = new Canvas();
  private long drawnVersion = -1;
  private long drawnViewerVersion = -1;
  private double drawnTime = Double.NaN;
  private long firstIceNanos;

  PlanOverlay(
      PlanEditor editor,
      IceTime time,
      ViewerModel viewer,
      Pane imageLayer,
      ReadOnlyDoubleProperty bottomTextsTop) {
    this.editor = editor;
    this.time = time;
    this.viewer = viewer;
    this.bottomTextsTop = bottomTextsTop;
    bottomTextsTop.addListener((o, a, b) -> redraw(true));
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
    time.addListener(refresh);
  }

  Canvas canvas() {
    return canvas;
  }

  /** The viewport's plan transform now, or null when no calibrated image is shown. */
  PlanToViewport transform() {
    return transform(editor.snapshot(), viewer.snapshot());
  }

  /** The plan transform of these snapshots, or null when they show no calibrated image. */
  private static PlanToViewport transform(PlanEditorSnapshot s, ViewerSnapshot v) {
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
    double timeSec = time.sec();
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
    PlanToViewport t = transform(s, v);
    if (t == null) {
      return;
    }
    // Everything of the plan inside the calibrated region: its millimetres end there.
    var region = s.image().region();
    ViewportPoint topLeft = t.apply(new Vector3(-0.5 * mmPerColumn(s), -0.5 * mmPerRow(s), 0));
    ViewportPoint bottomRight =
        t.apply(
            new Vector3(
                (region.x1() - region.x0() + 0.5) * mmPerColumn(s),
                (region.y1() - region.y0() + 0.5) * mmPerRow(s),
                0));
    var live = s.live();
    List<IceDisplay.ContourPiece> contours =
        live.answeredPlan() == null ? List.of() : IceDisplay.contours(live, time.orDefault(live));
    if (firstIceNanos == 0 && !contours.isEmpty()) {
      firstIceNanos = System.nanoTime();
    }
    PlanDrawing drawing = new PlanDrawing(g, t, canvas.getWidth(), canvas.getHeight());
    g.save();
    g.beginPath();
    g.rect(topLeft.x(), topLeft.y(), bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y());
    g.clip();
    drawing.draw(s, contours, live.provisional());
    g.restore();
    if (live.answeredPlan() != null) {
      // In the region's bottom left corner, above the viewer's own corner texts.
      double bottom = bottomRight.y() - 8;
      if (!Double.isNaN(bottomTextsTop.get())) {
        bottom = Math.min(bottom, bottomTextsTop.get() - 4);
      }
      drawing.legend(topLeft.x() + 8, bottom, live.provisional(), false);
    }
    drawFrameNote(g, s, v);
  }

  private static double mmPerColumn(PlanEditorSnapshot s) {
    return Math.abs(s.image().region().deltaXmm().orElse(1));
  }

  private static double mmPerRow(PlanEditorSnapshot s) {
    return Math.abs(s.image().region().deltaYmm().orElse(1));
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
}
