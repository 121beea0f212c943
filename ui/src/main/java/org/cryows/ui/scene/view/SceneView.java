package org.cryows.ui.scene.view;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.cryows.imaging.volume.Vector3;
import org.cryows.ui.fx.FxFrames;
import org.cryows.ui.fx.FxRefresh;
import org.cryows.ui.scene.model.SceneCamera;
import org.cryows.ui.scene.model.SceneColour;
import org.cryows.ui.scene.model.SceneContent.LegendEntry;
import org.cryows.ui.scene.model.SceneFrame;
import org.cryows.ui.scene.model.SceneLayer;
import org.cryows.ui.scene.model.SceneModel;
import org.cryows.ui.scene.model.SceneSnapshot;
import org.cryows.ui.scene.model.SceneSnapshot.Availability;
import org.cryows.ui.viewer.model.PointerButton;

/**
 * The 3-D view on screen: the scene's latest picture drawn one to one (it was rendered at the
 * view's size), a legend whose surface lines switch their surface on and off, the patient's
 * directions as seen from the camera, what renders and how long a picture took. Left drag turns,
 * middle drag pans, right drag and the wheel zoom; Reset view faces the patient from the front.
 * When 3-D is not available the view says why in its middle.
 */
public final class SceneView {

  /** Size of the orientation glyph, in pixels. */
  static final double GLYPH_PX = 84;

  private final SceneModel scene;
  private final BorderPane root = new BorderPane();
  private final Pane layer = new Pane();
  private final ImageView imageView = new ImageView();
  private final Canvas glyph = new Canvas(GLYPH_PX, GLYPH_PX);
  private final VBox legend = new VBox(2);
  private final Label note = new Label();
  private final Label message = new Label();
  private final Button reset = new Button("Reset view");
  private final Button framePlan = new Button("Plan");
  private WritableImage image;
  private SceneFrame drawnFrame;
  private SceneCamera drawnGlyphCamera;
  private List<LegendEntry> drawnLegend = List.of();
  private Set<String> drawnHidden = Set.of();
  private long drawnVersion = -1;

  public SceneView(SceneModel scene) {
    this.scene = scene;
    Label title = new Label("3-D");
    title.getStyleClass().add("plane-title");
    title.setId("scene-title");
    reset.setId("scene-reset");
    reset.setTooltip(new Tooltip("Face the patient from the front, everything in view"));
    reset.setFocusTraversable(false);
    reset.setOnAction(e -> scene.resetView());
    framePlan.setId("scene-frame-plan");
    framePlan.setTooltip(
        new Tooltip("Look at the plan's ice and nerve from where its probes go in"));
    framePlan.setFocusTraversable(false);
    framePlan.setOnAction(e -> scene.frame(SceneLayer.PLAN));
    framePlan.setVisible(false);
    framePlan.setManaged(false);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, title, spacer, framePlan, reset);
    bar.getStyleClass().add("plane-bar");
    bar.setPadding(new Insets(2, 6, 2, 6));
    bar.setAlignment(Pos.CENTER_LEFT);

    imageView.setId("scene-image");
    imageView.setSmooth(false);
    layer.getChildren().add(imageView);
    layer.setId("scene-view");
    layer.getStyleClass().add("plane-layer");
    layer.setMinSize(80, 80);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(layer.widthProperty());
    clip.heightProperty().bind(layer.heightProperty());
    layer.setClip(clip);
    layer.widthProperty().addListener((o, was, now) -> resized());
    layer.heightProperty().addListener((o, was, now) -> resized());

    legend.setId("scene-legend");
    legend.getStyleClass().add("scene-legend");
    legend.setPadding(new Insets(4, 6, 4, 6));
    legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    note.setId("scene-note");
    note.getStyleClass().add("scene-note");
    note.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    note.setMouseTransparent(true);
    message.setId("scene-message");
    message.getStyleClass().add("viewer-message");
    message.setWrapText(true);
    message.setMaxWidth(420);
    message.setMouseTransparent(true);
    glyph.setId("scene-orientation");
    glyph.setMouseTransparent(true);
    StackPane over = new StackPane(legend, note, glyph, message);
    over.setPickOnBounds(false);
    over.setPadding(new Insets(6));
    StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
    StackPane.setAlignment(note, Pos.TOP_LEFT);
    StackPane.setAlignment(glyph, Pos.BOTTOM_RIGHT);
    StackPane.setAlignment(message, Pos.CENTER);
    StackPane viewport = new StackPane(layer, over);
    viewport.getStyleClass().add("plane-viewport");
    viewport.setMinSize(80, 80);

    root.setTop(bar);
    root.setCenter(viewport);
    root.getStyleClass().add("plane-view");
    root.setId("scene-pane");
    installMouse();
    scene.addListener(new FxRefresh(this::redraw));
    redraw();
  }

  private void resized() {
    scene.resize(layer.getWidth(), layer.getHeight());
  }

  public Node node() {
    return root;
  }

  /** Whether the latest state of the scene is what is drawn. */
  public boolean upToDate() {
    return drawnVersion == scene.version();
  }

  /** The picture on screen, null when none (for tests). */
  public SceneFrame drawnFrame() {
    return drawnFrame;
  }

  private void installMouse() {
    layer.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          layer.requestFocus();
          scene.press(button(e.getButton()), e.getX(), e.getY());
        });
    layer.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> scene.drag(e.getX(), e.getY()));
    layer.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> scene.release());
    layer.addEventHandler(
        ScrollEvent.SCROLL,
        e -> {
          if (e.getDeltaY() != 0) {
            scene.scroll(Math.signum(e.getDeltaY()));
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

  private void redraw() {
    SceneSnapshot s = scene.snapshot();
    if (s.version() == drawnVersion) {
      return;
    }
    drawnVersion = s.version();
    boolean available = s.availability() == Availability.AVAILABLE;
    boolean plan = available && scene.hasContent(SceneLayer.PLAN);
    framePlan.setVisible(plan);
    framePlan.setManaged(plan);
    String text =
        switch (s.availability()) {
          case CHECKING -> s.note();
          case UNAVAILABLE -> s.note() + "\nThe planes work without it.";
          case AVAILABLE ->
              !s.hasContent()
                  ? (s.legend().isEmpty() ? "No volume to show in 3-D." : "Every surface is off.")
                  : s.frame() == null ? "Drawing the surfaces…" : "";
        };
    message.setText(text);
    message.setVisible(!text.isEmpty());
    message.getStyleClass().remove("viewer-message-problem");
    if (s.availability() == Availability.UNAVAILABLE) {
      message.getStyleClass().add("viewer-message-problem");
    }
    reset.setDisable(!available || s.camera() == null);
    drawFrame(s, available);
    drawNote(s, available);
    drawLegend(s, available);
    drawGlyph(available && s.hasContent() ? s.camera() : null);
  }

  private void drawFrame(SceneSnapshot s, boolean available) {
    SceneFrame frame = available && s.hasContent() ? s.frame() : null;
    imageView.setVisible(frame != null);
    if (frame == null || frame == drawnFrame) {
      if (frame == null) {
        drawnFrame = null;
      }
      return;
    }
    image = FxFrames.write(frame.argbPixels(), frame.width(), frame.height(), image);
    imageView.setImage(image);
    drawnFrame = frame;
  }

  private void drawNote(SceneSnapshot s, boolean available) {
    String text = "";
    if (available) {
      text = s.note();
      if (s.frame() != null && s.hasContent()) {
        text +=
            String.format(
                Locale.ROOT,
                "\n%,d triangles · %.0f ms a picture",
                s.frame().triangles(),
                s.frame().renderMs());
      }
    }
    note.setText(text);
    note.setVisible(!text.isEmpty());
  }

  private void drawLegend(SceneSnapshot s, boolean available) {
    List<LegendEntry> entries = available ? s.legend() : List.of();
    if (entries.equals(drawnLegend) && s.hiddenSurfaces().equals(drawnHidden)) {
      return;
    }
    drawnLegend = entries;
    drawnHidden = s.hiddenSurfaces();
    legend.getChildren().clear();
    for (LegendEntry e : entries) {
      Rectangle swatch = new Rectangle(12, 12, fx(e.colour()));
      if (e.surface()) {
        CheckBox box = new CheckBox(e.text());
        box.setGraphic(swatch);
        box.setSelected(!s.hiddenSurfaces().contains(e.text()));
        box.setId("scene-surface-" + idOf(e.text()));
        box.setFocusTraversable(false);
        box.selectedProperty().addListener((o, was, now) -> scene.setSurfaceShown(e.text(), now));
        legend.getChildren().add(box);
      } else {
        Label line = new Label(e.text(), swatch);
        legend.getChildren().add(line);
      }
    }
    legend.setVisible(!entries.isEmpty());
  }

  /** "Skin (-300 HU)" as "skin-300-hu", for the check box's node id. */
  static String idOf(String text) {
    return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
  }

  private static Color fx(SceneColour c) {
    return Color.color(c.red(), c.green(), c.blue());
  }

  /**
   * The patient's axes as the camera sees them, each in the colour of the plane view it is the
   * normal of (left-right as the sagittal view, front-back as the coronal, head-feet as the axial),
   * its letters at its ends (L and R, A and P, S and I). An axis pointing mostly at or away from
   * the viewer is drawn short; a letter that would cover one already drawn is left out, the longest
   * axes' letters drawn first.
   */
  private void drawGlyph(SceneCamera camera) {
    if (java.util.Objects.equals(camera, drawnGlyphCamera)) {
      return;
    }
    drawnGlyphCamera = camera;
    GraphicsContext g = glyph.getGraphicsContext2D();
    g.clearRect(0, 0, GLYPH_PX, GLYPH_PX);
    glyph.setVisible(camera != null);
    if (camera == null) {
      return;
    }
    g.setFill(Color.rgb(0, 0, 0, 0.45));
    g.fillOval(0, 0, GLYPH_PX, GLYPH_PX);
    double c = GLYPH_PX / 2;
    double reach = GLYPH_PX / 2 - 16;
    record Axis(Vector3 towards, String positive, String negative, Color colour) {}
    List<Axis> axes =
        new java.util.ArrayList<>(
            List.of(
                new Axis(new Vector3(1, 0, 0), "L", "R", Color.web("#4CC3C9")),
                new Axis(new Vector3(0, -1, 0), "A", "P", Color.web("#E8D44D")),
                new Axis(new Vector3(0, 0, 1), "S", "I", Color.web("#F29B38"))));
    axes.sort(
        java.util.Comparator.comparingDouble(
            a ->
                -Math.hypot(
                    camera.screenDirection(a.towards())[0],
                    camera.screenDirection(a.towards())[1])));
    g.setFont(Font.font("System", FontWeight.BOLD, 13));
    g.setTextAlign(TextAlignment.CENTER);
    g.setLineWidth(2);
    List<double[]> placed = new java.util.ArrayList<>();
    for (Axis a : axes) {
      double[] d = camera.screenDirection(a.towards());
      double x = d[0] * reach;
      double y = -d[1] * reach;
      g.setStroke(a.colour());
      g.strokeLine(c - x, c - y, c + x, c + y);
      if (Math.hypot(d[0], d[1]) < 0.3) {
        continue;
      }
      placeLetter(g, placed, a.positive(), c + x * 1.35, c + y * 1.35);
      placeLetter(g, placed, a.negative(), c - x * 1.35, c - y * 1.35);
    }
  }

  private static void placeLetter(
      GraphicsContext g, List<double[]> placed, String letter, double x, double y) {
    for (double[] p : placed) {
      if (Math.hypot(p[0] - x, p[1] - y) < 14) {
        return;
      }
    }
    placed.add(new double[] {x, y});
    g.setFill(Color.rgb(240, 245, 250));
    g.fillText(letter, x, y + 5);
  }
}
