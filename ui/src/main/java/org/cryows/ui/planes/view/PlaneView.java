package org.cryows.ui.planes.view;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.cryows.ui.fx.FxFrames;
import org.cryows.ui.planes.model.CrosshairLine;
import org.cryows.ui.planes.model.PlaneImage;
import org.cryows.ui.planes.model.PlaneKind;
import org.cryows.ui.planes.model.PlaneViewSnapshot;
import org.cryows.ui.planes.model.PlaneViewport;
import org.cryows.ui.planes.model.PlaneViewport.ScreenPoint;
import org.cryows.ui.planes.model.PlanesModel;
import org.cryows.ui.planes.model.PlanesSnapshot;
import org.cryows.ui.viewer.model.PointerButton;

/**
 * One plane view: a bar with its name and slice, the picture drawn one to one (it was resliced at
 * the view's size), the other views' planes as lines through the crosshair in their colours (a gap
 * around the crosshair leaves its pixel visible; the oblique plane's line carries two handles), and
 * the orientation letters at the edges. Mouse gestures go to the planes' view-model with this
 * view's kind; the view under the pointer is the one the keys act on.
 */
final class PlaneView {

  /** Free space each side of the crosshair on its lines, in screen pixels. */
  static final double CROSSHAIR_GAP_PX = 8;

  static final double HANDLE_RADIUS_PX = 5;

  private final PlanesModel planes;
  private final PlaneKind kind;
  private final List<PlaneOverlay> overlays;
  private final BorderPane root = new BorderPane();
  private final Pane layer = new Pane();
  private final ImageView imageView = new ImageView();
  private final Canvas overlay = new Canvas();
  private final Label title = new Label();
  private final Label position = new Label();
  private final Label left;
  private final Label right;
  private final Label top;
  private final Label bottom;
  private final Label message = new Label();
  private WritableImage image;
  private PlaneImage drawnImage;
  private OverlayState drawnOverlay;

  PlaneView(PlanesModel planes, PlaneKind kind, List<PlaneOverlay> overlays) {
    this.planes = planes;
    this.kind = kind;
    this.overlays = overlays;
    left = letter("left");
    right = letter("right");
    top = letter("top");
    bottom = letter("bottom");
    title.setId(id("title"));
    title.getStyleClass().addAll("plane-title", "plane-colour-" + kind.id());
    title.setMinWidth(0);
    title
        .tooltipProperty()
        .bind(title.textProperty().map(text -> text.isBlank() ? null : new Tooltip(text)));
    position.setId(id("position"));
    position.getStyleClass().add("plane-position");
    position.setMinWidth(Region.USE_PREF_SIZE);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, title, spacer, position);
    bar.getStyleClass().add("plane-bar");
    bar.setPadding(new Insets(2, 6, 2, 6));
    bar.setAlignment(Pos.CENTER_LEFT);

    imageView.setSmooth(false);
    imageView.setId(id("image"));
    layer.getChildren().addAll(imageView, overlay);
    layer.setId(id("view"));
    layer.getStyleClass().add("plane-layer");
    layer.setMinSize(80, 80);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(layer.widthProperty());
    clip.heightProperty().bind(layer.heightProperty());
    layer.setClip(clip);
    layer.widthProperty().addListener((o, a, b) -> resized());
    layer.heightProperty().addListener((o, a, b) -> resized());

    message.setId(id("message"));
    message.getStyleClass().add("viewer-message");
    message.setWrapText(true);
    message.setMaxWidth(260);
    StackPane letters = new StackPane(left, right, top, bottom, message);
    letters.setMouseTransparent(true);
    letters.setPickOnBounds(false);
    letters.setPadding(new Insets(4));
    StackPane.setAlignment(left, Pos.CENTER_LEFT);
    StackPane.setAlignment(right, Pos.CENTER_RIGHT);
    StackPane.setAlignment(top, Pos.TOP_CENTER);
    StackPane.setAlignment(bottom, Pos.BOTTOM_CENTER);
    StackPane.setAlignment(message, Pos.CENTER);
    StackPane viewport = new StackPane(layer, letters);
    viewport.getStyleClass().add("plane-viewport");
    viewport.setMinSize(80, 80);

    root.setTop(bar);
    root.setCenter(viewport);
    root.getStyleClass().add("plane-view");
    root.setId(id("pane"));
    installMouse();
  }

  Region node() {
    return root;
  }

  private String id(String part) {
    return "plane-" + kind.id() + "-" + part;
  }

  private Label letter(String edge) {
    Label label = new Label();
    label.setId("plane-" + kind.id() + "-" + edge);
    label.getStyleClass().add("plane-letter");
    label.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    return label;
  }

  private void resized() {
    overlay.setWidth(layer.getWidth());
    overlay.setHeight(layer.getHeight());
    drawnOverlay = null;
    planes.resize(kind, layer.getWidth(), layer.getHeight());
  }

  private void installMouse() {
    layer.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          layer.requestFocus();
          planes.press(kind, button(e.getButton()), e.getX(), e.getY(), e.getClickCount());
        });
    layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> planes.drag(e.getX(), e.getY()));
    layer.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> planes.release(e.getX(), e.getY()));
    layer.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> planes.activate(kind));
    layer.addEventHandler(
        MouseEvent.MOUSE_MOVED,
        e -> {
          if (!e.isPrimaryButtonDown()) {
            planes.activate(kind);
            planes.hover(kind, e.getX(), e.getY());
          }
        });
    layer.addEventHandler(
        ScrollEvent.SCROLL,
        e -> {
          if (e.getDeltaY() != 0) {
            planes.scroll(kind, Math.signum(e.getDeltaY()), e.getX(), e.getY(), e.isControlDown());
          }
        });
  }

  private static PointerButton button(MouseButton button) {
    return switch (button) {
      case SECONDARY -> PointerButton.SECONDARY;
      case MIDDLE -> PointerButton.MIDDLE;
      default -> PointerButton.PRIMARY;
    };
  }

  /** Draws the view's part of the snapshot. */
  void draw(PlanesSnapshot s) {
    PlaneViewSnapshot v = s.view(kind);
    boolean shown = s.state() == PlanesSnapshot.State.SHOWN && v != null;
    String text =
        switch (s.state()) {
          case LOADING, FAILED -> s.message();
          default -> "";
        };
    message.setText(text);
    message.setVisible(!text.isEmpty());
    if (!shown) {
      title.setText(kind.title());
      position.setText("");
      setLetters(null);
      imageView.setVisible(false);
      drawnImage = null;
      clearOverlay();
      return;
    }
    title.setText(v.title());
    position.setText(v.position());
    setLetters(v);
    drawImage(v);
    drawOverlay(v, s.active() == kind);
  }

  private void setLetters(PlaneViewSnapshot v) {
    left.setText(v == null ? "" : v.labels().left());
    right.setText(v == null ? "" : v.labels().right());
    top.setText(v == null ? "" : v.labels().top());
    bottom.setText(v == null ? "" : v.labels().bottom());
  }

  private void drawImage(PlaneViewSnapshot v) {
    PlaneImage picture = v.image();
    imageView.setVisible(picture != null);
    if (picture == null || picture == drawnImage) {
      return;
    }
    image = FxFrames.write(picture.argbPixels(), picture.width(), picture.height(), image);
    imageView.setImage(image);
    drawnImage = picture;
  }

  /** What the overlay shows; redrawn only when it changes. */
  private record OverlayState(
      List<CrosshairLine> lines,
      ScreenPoint crosshair,
      PlaneViewport viewport,
      boolean active,
      double w,
      double h) {}

  /** Draws the overlay again whatever it drew before (a later layer's drawing changed). */
  void redrawOverlay(PlanesSnapshot s) {
    drawnOverlay = null;
    PlaneViewSnapshot v = s.view(kind);
    if (s.state() == PlanesSnapshot.State.SHOWN && v != null) {
      drawOverlay(v, s.active() == kind);
    }
  }

  private void clearOverlay() {
    overlay.getGraphicsContext2D().clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    drawnOverlay = null;
  }

  private void drawOverlay(PlaneViewSnapshot v, boolean active) {
    OverlayState state =
        new OverlayState(
            v.lines(),
            v.crosshair(),
            v.viewport(),
            active,
            overlay.getWidth(),
            overlay.getHeight());
    if (Objects.equals(state, drawnOverlay)) {
      return;
    }
    drawnOverlay = state;
    GraphicsContext g = overlay.getGraphicsContext2D();
    g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
    ScreenPoint c = v.crosshair();
    if (c != null) {
      g.setLineWidth(1.5);
      for (CrosshairLine line : v.lines()) {
        g.setStroke(PlaneColours.of(line.of()));
        // The oblique plane's line dashed: where it runs along another plane's, both show.
        g.setLineDashes(line.of() == PlaneKind.OBLIQUE ? new double[] {7, 5} : null);
        segmentOutsideGap(g, line.from(), c);
        segmentOutsideGap(g, line.to(), c);
        g.setLineDashes((double[]) null);
        for (ScreenPoint h : line.handles()) {
          g.setFill(PlaneColours.of(line.of()));
          g.fillOval(
              h.x() - HANDLE_RADIUS_PX,
              h.y() - HANDLE_RADIUS_PX,
              2 * HANDLE_RADIUS_PX,
              2 * HANDLE_RADIUS_PX);
          g.setStroke(Color.rgb(0, 0, 0, 0.8));
          g.setLineWidth(1);
          g.strokeOval(
              h.x() - HANDLE_RADIUS_PX,
              h.y() - HANDLE_RADIUS_PX,
              2 * HANDLE_RADIUS_PX,
              2 * HANDLE_RADIUS_PX);
          g.setLineWidth(1.5);
        }
      }
    }
    if (v.viewport() != null) {
      for (PlaneOverlay overlay : overlays) {
        g.save();
        overlay.draw(g, kind, v.viewport());
        g.restore();
      }
    }
    if (active) {
      // The view the keys act on: a frame in its own colour, inside the picture.
      g.setStroke(PlaneColours.of(kind));
      g.setLineWidth(2);
      g.strokeRect(1, 1, overlay.getWidth() - 2, overlay.getHeight() - 2);
    }
  }

  /** The part of the line from {@code end} to the crosshair that lies outside the gap. */
  private static void segmentOutsideGap(GraphicsContext g, ScreenPoint end, ScreenPoint c) {
    double dx = end.x() - c.x();
    double dy = end.y() - c.y();
    double length = Math.hypot(dx, dy);
    if (length <= CROSSHAIR_GAP_PX) {
      return;
    }
    double gx = c.x() + dx / length * CROSSHAIR_GAP_PX;
    double gy = c.y() + dy / length * CROSSHAIR_GAP_PX;
    g.strokeLine(gx, gy, end.x(), end.y());
  }
}
