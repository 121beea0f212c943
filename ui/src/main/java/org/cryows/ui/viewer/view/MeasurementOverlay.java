package org.cryows.ui.viewer.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.cryows.imaging.ultrasound.PixelPoint;
import org.cryows.imaging.ultrasound.UltrasoundRegion;
import org.cryows.ui.viewer.model.DrawnMeasurement;
import org.cryows.ui.viewer.model.ImageToViewport;
import org.cryows.ui.viewer.model.ViewerSnapshot;

/**
 * Draws over the image: the outline of the ultrasound regions that calibrate measurements, and each
 * distance and area with its value. Lines are 2 px with a dark edge and labels sit on a dark
 * backing, so they stay legible over bright and dark tissue alike.
 */
final class MeasurementOverlay {
  private static final Color MEASURE = Color.web("#FFD54F");
  private static final Color MEASURE_UNCALIBRATED = Color.web("#FFB74D");
  private static final Color DRAWING = Color.web("#FFF59D");
  private static final Color REGION = Color.web("#4DD0E1");
  private static final Color EDGE = Color.rgb(0, 0, 0, 0.75);
  private static final Color LABEL_BACKING = Color.rgb(0, 0, 0, 0.65);
  private static final Font LABEL_FONT = Font.font(14);

  private final Canvas canvas = new Canvas();

  MeasurementOverlay() {
    canvas.setMouseTransparent(true);
    canvas.setId("viewer-overlay");
  }

  Canvas canvas() {
    return canvas;
  }

  /** What the overlay last drew from; a cine frame change alone does not redraw it. */
  private record Drawn(
      ImageToViewport transform,
      List<DrawnMeasurement> measurements,
      DrawnMeasurement inProgress,
      List<UltrasoundRegion> regions,
      boolean frameProblem,
      double width,
      double height) {}

  private Drawn drawn;

  void drawIfChanged(ViewerSnapshot s) {
    Drawn now =
        new Drawn(
            s.transform(),
            s.measurements(),
            s.inProgress(),
            s.calibratedRegions(),
            !s.frameProblem().isEmpty(),
            canvas.getWidth(),
            canvas.getHeight());
    if (now.equals(drawn)) {
      return;
    }
    drawn = now;
    draw(s);
  }

  private void draw(ViewerSnapshot s) {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    ImageToViewport t = s.transform();
    boolean empty =
        s.calibratedRegions().isEmpty() && s.measurements().isEmpty() && s.inProgress() == null;
    // An empty canvas still costs a full-size composite per frame in software rendering.
    canvas.setVisible(!empty && t != null && s.frameProblem().isEmpty());
    if (!canvas.isVisible()) {
      return;
    }
    g.setLineDashes(6, 4);
    g.setLineWidth(1.5);
    g.setStroke(REGION);
    for (UltrasoundRegion r : s.calibratedRegions()) {
      double x0 = t.viewportX(r.x0() - 0.5);
      double y0 = t.viewportY(r.y0() - 0.5);
      double x1 = t.viewportX(r.x1() + 0.5);
      double y1 = t.viewportY(r.y1() + 0.5);
      g.strokeRect(x0, y0, x1 - x0, y1 - y0);
    }
    g.setLineDashes();
    for (DrawnMeasurement m : s.measurements()) {
      boolean calibrated = m.value() != null && m.value().calibrated();
      drawOne(g, t, m, calibrated ? MEASURE : MEASURE_UNCALIBRATED, true);
    }
    if (s.inProgress() != null) {
      drawOne(
          g,
          t,
          s.inProgress(),
          DRAWING,
          s.inProgress().kind() == DrawnMeasurement.Kind.AREA
              && s.inProgress().points().size() >= 3);
    }
  }

  private void drawOne(
      GraphicsContext g, ImageToViewport t, DrawnMeasurement m, Color colour, boolean closed) {
    List<PixelPoint> points = m.points();
    int n = points.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = t.viewportX(points.get(i).x());
      ys[i] = t.viewportY(points.get(i).y());
    }
    boolean area = m.kind() == DrawnMeasurement.Kind.AREA;
    for (int pass = 0; pass < 2; pass++) {
      g.setStroke(pass == 0 ? EDGE : colour);
      g.setLineWidth(pass == 0 ? 4 : 2);
      if (area && closed) {
        g.strokePolygon(xs, ys, n);
      } else {
        g.strokePolyline(xs, ys, n);
      }
    }
    g.setFill(colour);
    for (int i = 0; i < n; i++) {
      g.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
    }
    String label = m.label();
    if (label.isEmpty()) {
      return;
    }
    double lx = xs[n - 1] + 10;
    double ly = ys[n - 1] + 10;
    Text probe = new Text(label);
    probe.setFont(LABEL_FONT);
    double w = probe.getLayoutBounds().getWidth() + 8;
    double h = probe.getLayoutBounds().getHeight() + 4;
    lx = Math.min(lx, canvas.getWidth() - w - 2);
    ly = Math.min(ly, canvas.getHeight() - h - 2);
    g.setFill(LABEL_BACKING);
    g.fillRect(lx, ly, w, h);
    g.setFill(colour);
    g.setFont(LABEL_FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.fillText(label, lx + 4, ly + 2);
  }
}
